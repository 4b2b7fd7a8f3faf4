namespace Rampart.Core.Kernel;

/// <summary>
/// A simulation entity's identifier, unique within one run and stable across runs of the same
/// scenario (ids are given in the order the scenario declares things, never from hashing or
/// from the wall clock).
/// </summary>
public readonly record struct EntityId(int Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

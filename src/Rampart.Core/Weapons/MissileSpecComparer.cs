using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Weapons;

/// <summary>
/// Value equality of missile specs including the contents of the drag table. The record's own
/// equality compares <see cref="MissileSpec.DragMach"/> and <see cref="MissileSpec.DragCd"/> by
/// reference (they are lists), so two specs read from the same file twice would differ.
/// </summary>
internal sealed class MissileSpecComparer : IEqualityComparer<MissileSpec>
{
    public static readonly MissileSpecComparer Instance = new();

    private static readonly double[] NoValues = [];

    public bool Equals(MissileSpec? x, MissileSpec? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || !string.Equals(x.Name, y.Name, StringComparison.Ordinal))
        {
            return false;
        }

        return WithoutTables(x).Equals(WithoutTables(y))
            && x.DragMach.SequenceEqual(y.DragMach)
            && x.DragCd.SequenceEqual(y.DragCd);
    }

    public int GetHashCode(MissileSpec obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var hash = default(HashCode);
        hash.Add(WithoutTables(obj));
        foreach (double m in obj.DragMach)
        {
            hash.Add(m);
        }

        foreach (double cd in obj.DragCd)
        {
            hash.Add(cd);
        }

        return hash.ToHashCode();
    }

    // Every other member keeps the record's generated equality, so a field added later is compared too.
    private static MissileSpec WithoutTables(MissileSpec spec) => spec with { DragMach = NoValues, DragCd = NoValues };
}

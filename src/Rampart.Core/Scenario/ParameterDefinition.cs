using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Scenario;

/// <summary>How a parameter's value is written.</summary>
internal enum ParameterShape
{
    /// <summary>A value with a unit (see <see cref="QuantityKind"/>).</summary>
    Quantity,

    /// <summary>A bare probability in [0, 1].</summary>
    Probability,

    /// <summary>A bare probability strictly between 0 and 1.</summary>
    OpenProbability,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A bare real number.</summary>
    Number,

    /// <summary>A list of bare real numbers, e.g. <c>[0.5, 0.9, 1.2]</c>.</summary>
    NumberList,

    /// <summary>One word from a fixed set.</summary>
    Choice,

    /// <summary>An RCS table over aspect and band (<see cref="RcsTableReader"/>).</summary>
    RcsTable,
}

/// <summary>
/// One parameter of an equipment kind: its key in the file, how it is written, its allowed range
/// (in SI) and whether every item of the kind must give it. The same definition reads the
/// equipment file's sourced value and a scenario's override, so both are validated alike.
/// </summary>
internal sealed record ParameterDefinition(
    string Key,
    ParameterShape Shape,
    QuantityKind Kind = QuantityKind.Length,
    double Min = double.NegativeInfinity,
    double Max = double.PositiveInfinity,
    bool MinExclusive = false,
    bool Optional = false,
    IReadOnlyList<string>? Choices = null)
{
    /// <summary>Reads the value at <paramref name="node"/> (a bare scalar or list, not a sourced mapping).</summary>
    public ParameterValue Read(YamlFile file, YamlNode node)
    {
        string what = $"'{Key}'";
        switch (Shape)
        {
            case ParameterShape.Quantity:
                return new ParameterValue(ValueReader.Quantity(file, node, Kind, Min, Max, MinExclusive), null, null, file, node);
            case ParameterShape.Probability:
                return new ParameterValue(ValueReader.Probability(file, node, open: false), null, null, file, node);
            case ParameterShape.OpenProbability:
                return new ParameterValue(ValueReader.Probability(file, node, open: true), null, null, file, node);
            case ParameterShape.Integer:
                return new ParameterValue(ValueReader.Integer(file, node, what, (int)Min, double.IsPositiveInfinity(Max) ? int.MaxValue : (int)Max), null, null, file, node);
            case ParameterShape.Number:
                return new ParameterValue(ValueReader.Number(file, node, what, Min, Max, MinExclusive), null, null, file, node);
            case ParameterShape.NumberList:
                YamlSequenceNode seq = file.Sequence(node, $"{what}: a list of bare numbers, e.g. [0.5, 0.9, 1.2]");
                if (seq.Children.Count == 0)
                {
                    throw file.Error(node, $"{what}: a list of at least one number", "an empty list", foundIsText: false);
                }

                var list = seq.Children.Select(n => ValueReader.Number(file, n, $"each number of {what}", Min, Max, MinExclusive)).ToArray();
                return new ParameterValue(0.0, list, null, file, node);
            case ParameterShape.Choice:
                return new ParameterValue(0.0, null, ValueReader.Choice(file, node, what, Choices ?? []), file, node);
            case ParameterShape.RcsTable:
                return new ParameterValue(0.0, null, null, file, node) { Table = RcsTableReader.Read(file, node) };
            default:
                throw new InvalidOperationException("unknown parameter shape");
        }
    }
}

/// <summary>A parameter's value (SI number, list or word) and where it was written.</summary>
internal sealed record ParameterValue(double Number, IReadOnlyList<double>? List, string? Text, YamlFile File, YamlNode Node)
{
    /// <summary>An RCS table's value, else null.</summary>
    public Threats.RcsTable? Table { get; init; }
}

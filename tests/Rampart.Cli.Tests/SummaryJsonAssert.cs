using System.Text.Json;
using System.Text.RegularExpressions;

namespace Rampart.Cli.Tests;

/// <summary>Checks a run summary (the <c>--format json</c> object and <c>summary.json</c>) against issue 2, item 8.</summary>
internal static partial class SummaryJsonAssert
{
    private static readonly string[] Fates = ["destroyed", "leaked", "survived"];

    [GeneratedRegex(@"^[0-9]+$")]
    private static partial Regex WholeNumber();

    /// <summary>
    /// Asserts <paramref name="stdout"/> is exactly one JSON object (nothing before or after it but
    /// whitespace) with the required keys, integer counts and consistent fates; returns it parsed.
    /// </summary>
    public static JsonElement ParseSingleObject(string stdout)
    {
        string trimmed = stdout.Trim();
        Assert.StartsWith("{", trimmed, StringComparison.Ordinal);
        Assert.EndsWith("}", trimmed, StringComparison.Ordinal);
        // JsonDocument.Parse rejects anything after the first value, so a second object or a log line fails here.
        using var doc = JsonDocument.Parse(stdout);
        JsonElement root = doc.RootElement.Clone();
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        AssertWellFormed(root);
        return root;
    }

    public static void AssertWellFormed(JsonElement root)
    {
        Assert.Equal(JsonValueKind.String, root.GetProperty("scenario").ValueKind);
        AssertInteger(root, "seed");
        Assert.Equal(JsonValueKind.Number, root.GetProperty("simulated_seconds").ValueKind);
        int threats = AssertInteger(root, "threats");
        int destroyed = AssertInteger(root, "destroyed");
        int leaked = AssertInteger(root, "leaked");
        int survived = AssertInteger(root, "survived");
        AssertInteger(root, "interceptors_launched");
        Assert.Equal(threats, destroyed + leaked + survived);

        JsonElement perThreat = root.GetProperty("per_threat");
        Assert.Equal(JsonValueKind.Array, perThreat.ValueKind);
        Assert.Equal(threats, perThreat.GetArrayLength());
        var fateCounts = new Dictionary<string, int>(StringComparer.Ordinal) { ["destroyed"] = 0, ["leaked"] = 0, ["survived"] = 0 };
        foreach (JsonElement t in perThreat.EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(t.GetProperty("name").GetString()));
            string? fate = t.GetProperty("fate").GetString();
            Assert.Contains(fate, Fates);
            fateCounts[fate!]++;
            JsonValueKind detected = t.GetProperty("first_detected_s").ValueKind;
            Assert.True(detected is JsonValueKind.Number or JsonValueKind.Null, $"first_detected_s is {detected}");
        }

        Assert.Equal(destroyed, fateCounts["destroyed"]);
        Assert.Equal(leaked, fateCounts["leaked"]);
        Assert.Equal(survived, fateCounts["survived"]);
    }

    /// <summary>Asserts the property is a JSON number written as a whole number (no fraction, no exponent) and returns it.</summary>
    private static int AssertInteger(JsonElement root, string name)
    {
        JsonElement e = root.GetProperty(name);
        Assert.Equal(JsonValueKind.Number, e.ValueKind);
        Assert.Matches(WholeNumber(), e.GetRawText());
        return e.TryGetInt32(out int n) ? n : int.MaxValue;
    }
}

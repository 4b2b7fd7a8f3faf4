namespace Rampart.Core.Scenario;

/// <summary>Finds the closest allowed name to a misspelt one (Levenshtein distance, case-insensitive).</summary>
internal static class NameSuggester
{
    /// <summary>The closest candidate, or null when none is close (more than a third of the name, and more than 2 edits, away).</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string c in candidates)
        {
            int d = Distance(name.ToUpperInvariant(), c.ToUpperInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = c;
            }
        }

        int allowed = Math.Max(2, name.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

using System.Globalization;
using Rampart.Analysis.MonteCarlo;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart mc-merge DIR… [--format table|json]</c>: reads every <c>replications-K-of-M.jsonl</c>
/// in the folders, checks that they belong to one study and hold every replication exactly once,
/// and prints the statistics recomputed in replication order — the same as one unsharded run.
/// </summary>
internal static class McMergeCommand
{
    public const string Usage = "rampart mc-merge DIR... [--format table|json]";

    public static int Execute(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var line = CommandLine.Parse("mc-merge", args, new HashSet<string> { "--format" }, new HashSet<string>());
        string format = line.GetChoice("--format", "table", "table", "json");
        if (line.Positional.Count == 0)
        {
            throw new UsageException($"rampart mc-merge: expected one or more folders written by 'rampart mc --shard K/M --out DIR', found nothing ({Usage})");
        }

        var files = new List<string>();
        foreach (string dir in line.Positional)
        {
            string full = Path.GetFullPath(dir);
            if (!Directory.Exists(full))
            {
                throw new UsageException($"rampart mc-merge: expected a folder, found no folder at {full}");
            }

            files.AddRange(Directory.GetFiles(full, "replications-*-of-*.jsonl").Order(StringComparer.Ordinal));
        }

        if (files.Count == 0)
        {
            throw new UsageException($"rampart mc-merge: found no replications-K-of-M.jsonl in {string.Join(", ", line.Positional)}");
        }

        StudyHeader? header = null;
        string? identity = null, firstFile = null;
        var byReplication = new Dictionary<int, (ReplicationRecord Record, string File)>();
        foreach (string file in files)
        {
            (StudyHeader h, string _, List<ReplicationRecord> records) shard;
            try
            {
                shard = ReplicationJsonl.Read(file);
            }
            catch (FormatException e)
            {
                throw new UsageException("rampart mc-merge: " + e.Message);
            }

            string id = ReplicationJsonl.HeaderIdentity(shard.h);
            if (identity is null)
            {
                (header, identity, firstFile) = (shard.h, id, file);
            }
            else if (id != identity)
            {
                throw new UsageException($"rampart mc-merge: {file} belongs to another study than {firstFile} (scenario, seed, replication count or version differ)");
            }

            int total = shard.h.Replications;
            foreach (var r in shard.records)
            {
                if (r.Replication < 0 || r.Replication >= total)
                {
                    throw new UsageException($"rampart mc-merge: {file} holds replication {r.Replication}, outside 0..{total - 1}");
                }

                if (!byReplication.TryAdd(r.Replication, (r, file)))
                {
                    throw new UsageException($"rampart mc-merge: replication {r.Replication} appears twice (in {byReplication[r.Replication].File} and {file})");
                }
            }
        }

        var missing = Enumerable.Range(0, header!.Replications).Where(r => !byReplication.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            string list = string.Join(", ", missing.Take(10).Select(r => r.ToString(CultureInfo.InvariantCulture))) + (missing.Count > 10 ? ", …" : "");
            throw new UsageException($"rampart mc-merge: {missing.Count} of {header.Replications} replications are missing ({list}); is a shard's file absent?");
        }

        var ordered = Enumerable.Range(0, header.Replications).Select(r => byReplication[r].Record).ToList();
        var summary = MonteCarloSummary.Compute(header, ordered);
        stderr.WriteLine($"rampart: merged {ordered.Count} replications from {files.Count} files");
        McCommand.WriteResult(stdout, summary, MonteCarloJson.ToText(summary), format);
        return 0;
    }
}

using Rampart.Analysis.Statistics;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Simulation;

namespace Rampart.Analysis.MonteCarlo;

/// <summary>
/// Runs replications of a scenario in parallel. Replication r is <c>new Engine(scenario, seed, r).Run()</c>
/// (its random streams derive from the root seed and r), and results are stored by replication
/// index, so what comes out does not depend on the thread count or on which thread ran what.
/// </summary>
public static class MonteCarloRunner
{
    /// <summary>
    /// Replications per batch when running until the leak-probability interval is narrow enough.
    /// Fixed (not tied to the thread count or to timing) so the stopping point is a function of
    /// the seed alone.
    /// </summary>
    public const int BatchSize = 50;

    /// <summary>Runs the listed replications on up to <paramref name="threads"/> threads; the result is in the order of <paramref name="replications"/>.</summary>
    /// <param name="onReplicationDone">Called (from worker threads) after each replication, for progress.</param>
    public static ReplicationRecord[] Run(ScenarioModel scenario, ulong seed, IReadOnlyList<int> replications, int threads, Action? onReplicationDone = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(replications);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        var records = new ReplicationRecord[replications.Count];
        Parallel.For(0, replications.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            records[i] = ReplicationRecord.From(new Engine(scenario, seed, replications[i]).Run());
            onReplicationDone?.Invoke();
        });
        return records;
    }

    /// <summary>
    /// Runs replications 0, 1, … in batches of <see cref="BatchSize"/> until the Wilson 95 %
    /// interval of the leak probability is narrower than <paramref name="ciWidth"/> or
    /// <paramref name="cap"/> replications have run.
    /// </summary>
    public static ReplicationRecord[] RunUntilCiWidth(ScenarioModel scenario, ulong seed, int cap, double ciWidth, int threads, Action? onReplicationDone = null)
    {
        var all = new List<ReplicationRecord>();
        while (all.Count < cap)
        {
            int count = Math.Min(BatchSize, cap - all.Count);
            all.AddRange(Run(scenario, seed, Enumerable.Range(all.Count, count).ToList(), threads, onReplicationDone));
            var interval = WilsonInterval.Of(all.Count(r => r.Leakers > 0), all.Count);
            if (interval.Width < ciWidth)
            {
                break;
            }
        }

        return all.ToArray();
    }
}

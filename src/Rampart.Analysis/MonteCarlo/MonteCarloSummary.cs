using Rampart.Analysis.Statistics;
using Rampart.Core.Simulation;

namespace Rampart.Analysis.MonteCarlo;

/// <summary>Mean and 5th/95th percentiles (<see cref="Percentiles"/>) of a per-replication count.</summary>
public readonly record struct Spread(double Mean, double P05, double P95);

/// <summary>
/// The statistics of a Monte Carlo study, computed from its replication records in replication
/// order (so the result does not depend on how many threads or shards produced them).
/// </summary>
/// <param name="LeakProbability">Fraction of replications in which at least one threat leaked, with its Wilson 95 % interval.</param>
/// <param name="LeakProbabilityByGroup">The same for each threat group: at least one member of the group leaked.</param>
/// <param name="LeakersMean">Mean number of threats that leaked per replication.</param>
/// <param name="DestroyedMean">Mean number of threats destroyed per replication.</param>
/// <param name="ExpectedDamage">
/// For each defended asset, the mean over replications of the damage to it, where the damage in
/// one replication is the sum, over the threats that leaked against that asset, of the asset's
/// value (each leaker is assumed to destroy one asset value's worth; no saturation).
/// </param>
/// <param name="Interceptors">Interceptors launched per replication, all types together.</param>
/// <param name="InterceptorsByType">Interceptors launched per replication, by missile type.</param>
/// <param name="MissilesPerKill">Interceptors launched over all replications divided by threats destroyed over all replications (a ratio of sums); null when nothing was destroyed.</param>
/// <param name="FirstLeakMeanS">Mean time of the first leak over the replications with a leak, s; null when none leaked.</param>
/// <param name="FractionWithoutLeak">Fraction of replications in which nothing leaked.</param>
public sealed record MonteCarloSummary(
    StudyHeader Header,
    int Replications,
    ProportionInterval LeakProbability,
    IReadOnlyList<(string Group, ProportionInterval Interval)> LeakProbabilityByGroup,
    double LeakersMean,
    double DestroyedMean,
    IReadOnlyList<(string Asset, double Damage)> ExpectedDamage,
    Spread Interceptors,
    IReadOnlyList<(string Type, Spread Spread)> InterceptorsByType,
    double? MissilesPerKill,
    double? FirstLeakMeanS,
    double FractionWithoutLeak)
{
    /// <summary>Computes the statistics of <paramref name="records"/>, which must be in replication order.</summary>
    public static MonteCarloSummary Compute(StudyHeader header, IReadOnlyList<ReplicationRecord> records)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            throw new ArgumentException("A study needs at least one replication.", nameof(records));
        }

        int n = records.Count;
        int withLeak = records.Count(r => r.Leakers > 0);
        var byGroup = header.Groups
            .Select(g => (g, WilsonInterval.Of(records.Count(r => r.Threats.Any(t => t.Group == g && t.Fate == ThreatFate.Leaked)), n)))
            .ToList();
        var damage = header.Assets
            .Select(a => (a.Name, records.Sum(r => r.Threats.Count(t => t.Fate == ThreatFate.Leaked && t.Target == a.Name) * a.Value) / n))
            .ToList();
        var types = header.MissileTypes.Union(records.SelectMany(r => r.InterceptorsByType.Keys), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        var byType = types.Select(type => (type, SpreadOf(records.Select(r => (double)r.InterceptorsByType.GetValueOrDefault(type))))).ToList();
        long kills = records.Sum(r => (long)r.Kills);
        long launched = records.Sum(r => (long)r.InterceptorsTotal);
        var firstLeaks = records.Select(r => r.FirstLeakS).OfType<double>().ToList();
        return new MonteCarloSummary(header, n, WilsonInterval.Of(withLeak, n), byGroup,
            records.Average(r => (double)r.Leakers),
            records.Average(r => (double)r.Kills),
            damage,
            SpreadOf(records.Select(r => (double)r.InterceptorsTotal)),
            byType,
            kills > 0 ? (double)launched / kills : null,
            firstLeaks.Count > 0 ? firstLeaks.Average() : null,
            (double)(n - withLeak) / n);
    }

    private static Spread SpreadOf(IEnumerable<double> values)
    {
        double[] sorted = values.ToArray();
        // The mean is summed in replication order (before sorting) so it is the same bits for any thread count.
        double mean = sorted.Average();
        Array.Sort(sorted);
        return new Spread(mean, Percentiles.OfSorted(sorted, 0.05), Percentiles.OfSorted(sorted, 0.95));
    }
}

using Rampart.Analysis.Statistics;

namespace Rampart.Analysis.Studies;

/// <summary>One value of a sweep and what the study gave there.</summary>
/// <param name="Value">The parameter's value as written.</param>
/// <param name="LeakProbability">Fraction of replications with at least one leaker, with its Wilson interval.</param>
/// <param name="LeakersMean">Mean number of leakers per replication.</param>
/// <param name="InterceptorsMean">Mean interceptors launched per replication.</param>
/// <param name="DestroyedMean">Mean threats destroyed per replication.</param>
public sealed record StudyPoint(string Value, ProportionInterval LeakProbability, double LeakersMean, double InterceptorsMean, double DestroyedMean);

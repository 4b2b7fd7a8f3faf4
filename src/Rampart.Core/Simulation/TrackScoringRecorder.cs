using Rampart.Core.Tracking.Metrics;

namespace Rampart.Core.Simulation;

/// <summary>
/// Scores each command post's air picture against truth at every sample (<c>rampart run
/// --metrics</c>): the threats in flight are the truth, the command post's confirmed tracks
/// (predicted to the sample time) the estimates, all in ECEF metres — distances and the NEES
/// quadratic form are the same in the tracker's ENU frame, a rigid transform of ECEF. Truth is
/// used here only for scoring, as output: this recorder feeds nothing back into the run.
/// Interceptors are not truth (the tracker is not asked to track them). Not thread-safe.
/// </summary>
public sealed class TrackScoringRecorder : IRunRecorder
{
    private readonly Dictionary<string, TrackScoring> _byCommandPost = new(StringComparer.Ordinal);
    private readonly List<TruthState> _truths = [];
    private readonly List<TrackEstimate> _tracks = [];

    /// <param name="commandPosts">Names of the run's command posts, in scenario order; each is scored, with or without tracks.</param>
    /// <param name="settings">GOSPA c and p and the association gate.</param>
    /// <param name="sampleIntervalS">Simulated time between scored samples, s.</param>
    public TrackScoringRecorder(IReadOnlyList<string> commandPosts, TrackScoringSettings settings, double sampleIntervalS)
    {
        ArgumentNullException.ThrowIfNull(commandPosts);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(sampleIntervalS, 0);
        CommandPosts = commandPosts;
        Settings = settings;
        SampleIntervalS = sampleIntervalS;
        foreach (string name in commandPosts)
        {
            _byCommandPost[name] = new TrackScoring(settings);
        }
    }

    /// <inheritdoc />
    public double SampleIntervalS { get; }

    /// <summary>The command posts scored, in scenario order.</summary>
    public IReadOnlyList<string> CommandPosts { get; }

    /// <summary>GOSPA c and p and the association gate.</summary>
    public TrackScoringSettings Settings { get; }

    /// <summary>The scorer of one command post.</summary>
    public TrackScoring For(string commandPost) => _byCommandPost[commandPost];

    /// <summary>All command posts pooled (<see cref="TrackScoring.Combine"/>).</summary>
    public TrackScore Pooled() => TrackScoring.Combine([.. CommandPosts.Select(For)]);

    /// <inheritdoc />
    public void OnSample(double timeS, ReadOnlySpan<EntitySample> entities, ReadOnlySpan<TrackSample> tracks)
    {
        _truths.Clear();
        foreach (var e in entities)
        {
            if (e.Kind == RecordedEntityKind.Threat)
            {
                _truths.Add(new TruthState(e.Id, e.PositionEcef));
            }
        }

        foreach (string name in CommandPosts)
        {
            _tracks.Clear();
            foreach (var t in tracks)
            {
                // Only confirmed tracks are the air picture; tentative ones are not reported.
                if (t.Confirmed && string.Equals(t.CommandPost, name, StringComparison.Ordinal))
                {
                    _tracks.Add(new TrackEstimate(t.TrackId, t.PositionAtSampleEcef, t.PositionCovarianceAtSampleEcef));
                }
            }

            _byCommandPost[name].AddStep(timeS, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_truths), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tracks));
        }
    }
}

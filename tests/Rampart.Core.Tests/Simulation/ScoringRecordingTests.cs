using Rampart.Core.Geo;
using Rampart.Core.Simulation;

namespace Rampart.Core.Tests.Simulation;

/// <summary>What the engine hands a recorder for scoring tracks (rampart run --metrics).</summary>
public class ScoringRecordingTests
{
    [Fact]
    public void TrackSamples_ArePredictedToTheSampleTime_WithAPositiveDefiniteCovariance()
    {
        var recorder = new CapturingRecorder();
        new Engine(SimulationScenarios.Shipped("quickstart"), 20250601, 0, null, recorder).Run();

        Assert.True(recorder.Tracks.Count > 100, $"only {recorder.Tracks.Count} track samples");
        foreach (var (t, s) in recorder.Tracks)
        {
            // quickstart's tracker is the constant-velocity filter, whose predicted mean moves in a
            // straight line: from the estimate (at EstimateTimeS) it is |v|·(t − EstimateTimeS)
            // away at the sample time t. The geodetic round trip of the estimate costs well under 1 mm.
            double expected = s.SpeedMps * (t - s.EstimateTimeS);
            double moved = (s.PositionAtSampleEcef - Wgs84.ToEcef(s.Position)).Length;
            Assert.True(Math.Abs(moved - expected) < 1e-3, $"track {s.TrackId} at {t} s: moved {moved} m, expected {expected} m");
            Assert.NotNull(s.PositionCovarianceAtSampleEcef!.Value.InverseQuadraticForm(new Vec3(1, 1, 1)));
        }

        // Threats: the ECEF position is the geodetic one, without the round trip.
        foreach (var e in recorder.Threats)
        {
            Assert.True((Wgs84.ToEcef(e.Position) - e.PositionEcef).Length < 1e-3);
        }
    }

    private sealed class CapturingRecorder : IRunRecorder
    {
        public List<(double TimeS, TrackSample Sample)> Tracks { get; } = [];

        public List<EntitySample> Threats { get; } = [];

        public double SampleIntervalS => 5;

        public void OnSample(double timeS, ReadOnlySpan<EntitySample> entities, ReadOnlySpan<TrackSample> tracks)
        {
            foreach (var t in tracks)
            {
                Tracks.Add((timeS, t));
            }

            foreach (var e in entities)
            {
                if (e.Kind == RecordedEntityKind.Threat)
                {
                    Threats.Add(e);
                }
            }
        }
    }
}

using Rampart.Core.Scenario;
using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Tests.Scenario;

public class TrackerMotionModelLoaderTests
{
    private static ScenarioModel Parse(string tracker) =>
        ScenarioLoader.Parse(ScenarioText.Valid + "\ntracker: " + tracker + "\n", "test.yaml", ScenarioText.Library.Value);

    [Fact]
    public void Tracker_DefaultsToCvAndGnn_WithTurnModelNoiseEqualToProcessNoise()
    {
        TrackerSettings s = Parse("{process_noise: 20}").Tracker;

        Assert.Equal(TrackerMotionModel.Cv, s.MotionModel);
        Assert.Equal(TrackerAssociation.Gnn, s.Association);
        Assert.Equal(20, s.ManoeuvreProcessNoise); // documented default: the CT model uses the CV model's q
        Assert.Equal(int.MaxValue, s.MaxTracks);
        Assert.Equal(new TrackerSettings(20, 0.999, 2, 3, 3), s); // old positional settings are unchanged
    }

    [Fact]
    public void Tracker_ReadsImm_AndManoeuvreProcessNoise()
    {
        TrackerSettings s = Parse("{process_noise: 20, motion_model: imm, manoeuvre_process_noise: 7000}").Tracker;

        Assert.Equal(TrackerMotionModel.Imm, s.MotionModel);
        Assert.Equal(20, s.ProcessNoise);
        Assert.Equal(7_000, s.ManoeuvreProcessNoise);
    }

    [Fact]
    public void Tracker_ReadsCaJpdaAndTheirParameters()
    {
        TrackerSettings s = Parse("{motion_model: ca, jerk_noise: 250, association: jpda, detection_probability: 0.8, clutter_density: 2e-13, max_joint_events: 500, turn_rate_noise: 0.02}").Tracker;

        Assert.Equal(TrackerMotionModel.Ca, s.MotionModel);
        Assert.Equal(250, s.JerkNoise);
        Assert.Equal(TrackerAssociation.Jpda, s.Association);
        Assert.Equal(0.8, s.DetectionProbability);
        Assert.Equal(2e-13, s.ClutterDensity);
        Assert.Equal(500, s.MaxJointEvents);
        Assert.Equal(0.02, s.TurnRateNoise);
    }

    [Fact]
    public void Tracker_RejectsUnknownAssociation_NamingTheChoices()
    {
        ScenarioException e = ScenarioText.Fails(ScenarioText.Valid + "\ntracker: {association: mht}\n");

        Assert.Contains("jpda", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("test.yaml:30:", e.Message, StringComparison.Ordinal); // file:line:column
    }

    [Fact]
    public void Tracker_RejectsUnknownMotionModel_NamingTheChoices()
    {
        ScenarioException e = ScenarioText.Fails(ScenarioText.Valid + "\ntracker: {motion_model: inm}\n");

        Assert.Contains("imm", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tracker_MeasurementConversion_DefaultsToDebiased_AndReadsStandard()
    {
        Assert.Equal(MeasurementConversion.Debiased, Parse("{process_noise: 20}").Tracker.MeasurementConversion);
        Assert.Equal(MeasurementConversion.Debiased, Parse("{measurement_conversion: debiased}").Tracker.MeasurementConversion);
        Assert.Equal(MeasurementConversion.Standard, Parse("{measurement_conversion: standard}").Tracker.MeasurementConversion);
    }

    [Fact]
    public void Tracker_RejectsUnknownMeasurementConversion_NamingTheChoices()
    {
        ScenarioException e = ScenarioText.Fails(ScenarioText.Valid + "\ntracker: {measurement_conversion: ekf}\n");

        Assert.Contains("debiased", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("test.yaml:30:", e.Message, StringComparison.Ordinal); // file:line:column
    }
}

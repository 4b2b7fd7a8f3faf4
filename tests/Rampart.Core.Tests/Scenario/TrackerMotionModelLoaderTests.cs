using Rampart.Core.Scenario;
using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Tests.Scenario;

public class TrackerMotionModelLoaderTests
{
    private static ScenarioModel Parse(string tracker) =>
        ScenarioLoader.Parse(ScenarioText.Valid + "\ntracker: " + tracker + "\n", "test.yaml", ScenarioText.Library.Value);

    [Fact]
    public void Tracker_DefaultsToCv_WithManoeuvreNoiseHundredTimesProcessNoise()
    {
        TrackerSettings s = Parse("{process_noise: 20}").Tracker;

        Assert.Equal(TrackerMotionModel.Cv, s.MotionModel);
        Assert.Equal(2_000, s.ManoeuvreProcessNoise); // documented default: 100 × 20 m²/s³
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
    public void Tracker_RejectsUnknownMotionModel_NamingTheChoices()
    {
        ScenarioException e = ScenarioText.Fails(ScenarioText.Valid + "\ntracker: {motion_model: inm}\n");

        Assert.Contains("imm", e.Message, StringComparison.Ordinal);
    }
}

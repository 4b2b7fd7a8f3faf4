using Rampart.Analysis.Recording;
using Rampart.Core.Events;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Simulation;

namespace Rampart.Analysis.Tests;

/// <summary>One run of <see cref="TestScenarios.SmallRaid"/> (seed 7) recorded in memory, shared by the export and plot tests.</summary>
internal static class RecordedRun
{
    private static readonly Lazy<(ScenarioModel Scenario, RunRecording Recording, RunResult Result, RunStamp Stamp)> Shared = new(() =>
    {
        var scenario = TestScenarios.Load(TestScenarios.SmallRaid);
        var recording = new RunRecording(1.0);
        var log = new EventLog();
        log.AddSink(recording);
        var result = new Engine(scenario, 7, 0, log, recording).Run();
        return (scenario, recording, result, new RunStamp(RunStamp.CurrentVersion, scenario.ContentHash, 7));
    });

    public static ScenarioModel Scenario => Shared.Value.Scenario;

    public static RunRecording Recording => Shared.Value.Recording;

    public static RunResult Result => Shared.Value.Result;

    public static RunStamp Stamp => Shared.Value.Stamp;
}

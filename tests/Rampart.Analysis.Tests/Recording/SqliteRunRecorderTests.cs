using Microsoft.Data.Sqlite;
using Rampart.Analysis.Recording;
using Rampart.Core.Events;
using Rampart.Core.Simulation;

namespace Rampart.Analysis.Tests.Recording;

public sealed class SqliteRunRecorderTests
{
    /// <summary>A sink that records what it saw and then throws, as a run killed midway would stop.</summary>
    private sealed class KillAfter(int events) : IEventSink
    {
        public List<SimEvent> Seen { get; } = [];

        public void Write(in SimEvent e)
        {
            Seen.Add(e);
            if (Seen.Count >= events)
            {
                throw new OperationCanceledException("killed");
            }
        }

        public void Flush(double time)
        {
        }

        public void Complete()
        {
        }
    }

    [Fact]
    public void KilledRun_LeavesReadableFile_WithCommittedEventsAndSamples()
    {
        var scenario = TestScenarios.Load(TestScenarios.SmallRaid);
        using var dir = new TempDirectory();
        string path = dir.PathOf("run.sqlite");
        var stamp = new RunStamp(RunStamp.CurrentVersion, scenario.ContentHash, 7);
        var recorder = new SqliteRunRecorder(path, stamp, scenario.Name, scenario.StartUtc, sampleIntervalS: 1.0, commitIntervalS: 5.0);
        var log = new EventLog();
        log.AddSink(recorder);
        var killer = new KillAfter(400);
        log.AddSink(killer);

        Assert.Throws<OperationCanceledException>(() => new Engine(scenario, 7, 0, log, recorder).Run());

        // The state on disk at the moment of the kill: the database and its WAL, copied while the
        // writer still holds them open (a killed process closes nothing).
        string copy = dir.PathOf("killed.sqlite");
        File.Copy(path, copy);
        if (File.Exists(path + "-wal"))
        {
            File.Copy(path + "-wal", copy + "-wal");
        }

        recorder.Dispose();

        using var c = new SqliteConnection($"Data Source={copy};Pooling=False");
        c.Open();
        Assert.Equal("ok", Scalar<string>(c, "PRAGMA integrity_check"));
        Assert.Equal(scenario.ContentHash, Scalar<string>(c, "SELECT value FROM meta WHERE key = 'scenario_sha256'"));
        Assert.Equal("7", Scalar<string>(c, "SELECT value FROM meta WHERE key = 'seed'"));

        // Every committed row is one the run produced before the kill, in the same order.
        var seenNonDetections = killer.Seen.Where(e => e.Kind != EventKind.Detection).ToList();
        long detections = Scalar<long>(c, "SELECT COUNT(*) FROM detections");
        long events = Scalar<long>(c, "SELECT COUNT(*) FROM events");
        Assert.True(detections > 0, "no detections committed before the kill");
        Assert.True(detections + events < killer.Seen.Count, "the open batch at the kill should not be in the file");
        Assert.True(events <= seenNonDetections.Count);
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT t, kind FROM events ORDER BY seq";
            using var r = cmd.ExecuteReader();
            int i = 0;
            while (r.Read())
            {
                Assert.Equal(seenNonDetections[i].Time, r.GetDouble(0));
                Assert.Equal(EventKinds.JsonName(seenNonDetections[i].Kind), r.GetString(1));
                i++;
            }
        }

        double lastDetection = Scalar<double>(c, "SELECT MAX(t) FROM detections");
        Assert.Equal(killer.Seen.Count(e => e.Kind == EventKind.Detection && e.Time <= lastDetection), detections);
        Assert.True(Scalar<long>(c, "SELECT COUNT(*) FROM truth_samples WHERE kind = 'threat'") > 0);
        Assert.True(Scalar<long>(c, "SELECT COUNT(*) FROM entities") > 0);
    }

    [Fact]
    public void CompletedRun_HoldsEveryEventAndOneSamplePerSecondPerThreat()
    {
        var scenario = TestScenarios.Load(TestScenarios.SmallRaid);
        using var dir = new TempDirectory();
        string path = dir.PathOf("run.sqlite");
        var counter = new KillAfter(int.MaxValue);
        using (var recorder = new SqliteRunRecorder(path, new RunStamp(RunStamp.CurrentVersion, scenario.ContentHash, 7), scenario.Name, scenario.StartUtc))
        {
            var log = new EventLog();
            log.AddSink(recorder);
            log.AddSink(counter);
            new Engine(scenario, 7, 0, log, recorder).Run();
        }

        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        Assert.Equal(counter.Seen.Count, Scalar<long>(c, "SELECT (SELECT COUNT(*) FROM detections) + (SELECT COUNT(*) FROM events)"));
        Assert.Equal(counter.Seen.Count(e => e.Kind == EventKind.EngagementAssigned), Scalar<long>(c, "SELECT COUNT(*) FROM engagements"));
        // A threat is sampled once per simulated second while it flies: consecutive samples 1 s apart.
        Assert.Equal(1.0, Scalar<double>(c, """
            SELECT MAX(d) FROM (SELECT t - LAG(t) OVER (PARTITION BY entity_id ORDER BY t) AS d
                                FROM truth_samples WHERE kind = 'threat')
            """), 9);
        Assert.Equal(4, Scalar<long>(c, "SELECT COUNT(*) FROM entities WHERE kind = 'threat'"));
        Assert.True(Scalar<long>(c, "SELECT COUNT(*) FROM tracks") > 0);
    }

    private static T Scalar<T>(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}

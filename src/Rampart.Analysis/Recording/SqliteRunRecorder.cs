using System.Globalization;
using Microsoft.Data.Sqlite;
using Rampart.Core.Events;
using Rampart.Core.Simulation;

namespace Rampart.Analysis.Recording;

/// <summary>
/// Records a run into an SQLite file (<c>run.sqlite</c>; schema in docs/recording.md): the
/// entities, truth samples of every threat and interceptor, detections, sampled tracks,
/// engagements and every other event, stamped with the Rampart version, scenario hash and seed.
/// </summary>
/// <remarks>
/// The file is in WAL mode and written in batched transactions, committed every
/// <see cref="CommitIntervalS"/> simulated seconds or every <see cref="CommitRows"/> rows,
/// whichever comes first, so a run killed midway leaves a readable file holding everything up to
/// the last commit. Like every recorder it sees truth; it is output, not part of the simulated
/// system (see <see cref="IRunRecorder"/>). Not thread-safe: one run, one recorder.
/// </remarks>
public sealed class SqliteRunRecorder : IRunRecorder, IEventSink, IDisposable
{
    /// <summary>Version of the schema in docs/recording.md, stored in the <c>meta</c> table.</summary>
    public const int SchemaVersion = 1;

    private const string Schema = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE entities (kind TEXT NOT NULL, id INTEGER NOT NULL, type TEXT NOT NULL, label TEXT NOT NULL,
            first_seen_s REAL NOT NULL, PRIMARY KEY (kind, id));
        CREATE TABLE truth_samples (t REAL NOT NULL, kind TEXT NOT NULL, entity_id INTEGER NOT NULL,
            lat_deg REAL NOT NULL, lon_deg REAL NOT NULL, alt_m REAL NOT NULL, speed_mps REAL NOT NULL);
        CREATE TABLE detections (t REAL NOT NULL, sensor TEXT NOT NULL, threat_id INTEGER, track_id INTEGER,
            snr_db REAL, false_alarm INTEGER NOT NULL);
        CREATE TABLE tracks (t REAL NOT NULL, command_post TEXT NOT NULL, track_id INTEGER NOT NULL, estimate_t REAL NOT NULL,
            lat_deg REAL NOT NULL, lon_deg REAL NOT NULL, alt_m REAL NOT NULL, speed_mps REAL NOT NULL,
            sigma_m REAL NOT NULL, confirmed INTEGER NOT NULL);
        CREATE TABLE engagements (engagement_id INTEGER PRIMARY KEY, t_assigned REAL NOT NULL, track_id INTEGER,
            fire_unit TEXT, missile TEXT, planned_pk REAL, note TEXT);
        CREATE TABLE events (seq INTEGER PRIMARY KEY, t REAL NOT NULL, kind TEXT NOT NULL, threat_id INTEGER, track_id INTEGER,
            interceptor_id INTEGER, engagement_id INTEGER, source TEXT, item TEXT, value REAL, note TEXT);
        CREATE INDEX truth_samples_entity ON truth_samples (kind, entity_id, t);
        CREATE INDEX events_t ON events (t);
        """;

    private readonly SqliteConnection _connection;
    private readonly HashSet<(RecordedEntityKind, int)> _knownEntities = [];
    private readonly SqliteCommand _insertEntity, _insertSample, _insertDetection, _insertTrack, _insertEngagement, _insertEvent;
    private SqliteTransaction? _transaction;
    private long _rowsSinceCommit;
    private double _lastCommitS;
    private long _eventSeq;
    private bool _completed;

    /// <summary>Creates (replacing any existing file and its WAL) the recording at <paramref name="path"/>.</summary>
    public SqliteRunRecorder(string path, RunStamp stamp, string scenarioName, DateTimeOffset startUtc,
        double sampleIntervalS = 1.0, double commitIntervalS = 10.0, int commitRows = 10_000)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleIntervalS);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(commitIntervalS);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(commitRows);
        SampleIntervalS = sampleIntervalS;
        CommitIntervalS = commitIntervalS;
        CommitRows = commitRows;
        foreach (string suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }

        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute(Schema);
        using (var meta = _connection.CreateCommand())
        {
            meta.CommandText = "INSERT INTO meta (key, value) VALUES ($k, $v)";
            var k = meta.Parameters.Add("$k", SqliteType.Text);
            var v = meta.Parameters.Add("$v", SqliteType.Text);
            foreach (var (key, value) in new[]
            {
                ("schema_version", SchemaVersion.ToString(CultureInfo.InvariantCulture)),
                ("rampart_version", stamp.RampartVersion),
                ("scenario", scenarioName),
                ("scenario_sha256", stamp.ScenarioHash),
                ("seed", stamp.Seed.ToString(CultureInfo.InvariantCulture)),
                ("start_utc", startUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
                ("sample_interval_s", sampleIntervalS.ToString("R", CultureInfo.InvariantCulture)),
            })
            {
                k.Value = key;
                v.Value = value;
                meta.ExecuteNonQuery();
            }
        }

        _insertEntity = Prepare("INSERT OR IGNORE INTO entities (kind, id, type, label, first_seen_s) VALUES ($1, $2, $3, $4, $5)", 5);
        _insertSample = Prepare("INSERT INTO truth_samples (t, kind, entity_id, lat_deg, lon_deg, alt_m, speed_mps) VALUES ($1, $2, $3, $4, $5, $6, $7)", 7);
        _insertDetection = Prepare("INSERT INTO detections (t, sensor, threat_id, track_id, snr_db, false_alarm) VALUES ($1, $2, $3, $4, $5, $6)", 6);
        _insertTrack = Prepare("INSERT INTO tracks (t, command_post, track_id, estimate_t, lat_deg, lon_deg, alt_m, speed_mps, sigma_m, confirmed) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)", 10);
        _insertEngagement = Prepare("INSERT OR REPLACE INTO engagements (engagement_id, t_assigned, track_id, fire_unit, missile, planned_pk, note) VALUES ($1, $2, $3, $4, $5, $6, $7)", 7);
        _insertEvent = Prepare("INSERT INTO events (seq, t, kind, threat_id, track_id, interceptor_id, engagement_id, source, item, value, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)", 11);
        Begin();
    }

    /// <inheritdoc />
    public double SampleIntervalS { get; }

    /// <summary>Simulated time between commits, s.</summary>
    public double CommitIntervalS { get; }

    /// <summary>Rows after which a transaction is committed regardless of simulated time.</summary>
    public int CommitRows { get; }

    /// <inheritdoc />
    public void OnSample(double timeS, ReadOnlySpan<EntitySample> entities, ReadOnlySpan<TrackSample> tracks)
    {
        foreach (ref readonly var e in entities)
        {
            string kind = KindName(e.Kind);
            if (_knownEntities.Add((e.Kind, e.Id)))
            {
                Run(_insertEntity, kind, e.Id, e.Type, e.Label, timeS);
            }

            Run(_insertSample, timeS, kind, e.Id, e.Position.LatitudeDeg, e.Position.LongitudeDeg, e.Position.AltitudeM, e.SpeedMps);
        }

        foreach (ref readonly var tr in tracks)
        {
            Run(_insertTrack, timeS, tr.CommandPost, tr.TrackId, tr.EstimateTimeS, tr.Position.LatitudeDeg, tr.Position.LongitudeDeg,
                tr.Position.AltitudeM, tr.SpeedMps, tr.PositionSigmaM, tr.Confirmed ? 1 : 0);
        }

        CommitIfDue(timeS);
    }

    /// <inheritdoc />
    public void Write(in SimEvent e)
    {
        if (e.Kind == EventKind.Detection)
        {
            Run(_insertDetection, e.Time, e.Source ?? "", e.ThreatId, e.TrackId, e.Value, e.ThreatId is null ? 1 : 0);
            return;
        }

        if (e.Kind == EventKind.EngagementAssigned && e.EngagementId is int id)
        {
            Run(_insertEngagement, id, e.Time, e.TrackId, e.Source, e.Item, e.Value, e.Note);
        }

        Run(_insertEvent, ++_eventSeq, e.Time, EventKinds.JsonName(e.Kind), e.ThreatId, e.TrackId, e.InterceptorId, e.EngagementId,
            e.Source, e.Item, e.Value, e.Note);
    }

    /// <inheritdoc />
    public void Flush(double time) => CommitIfDue(time);

    /// <inheritdoc />
    public void Complete()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
        _completed = true;
    }

    /// <summary>Closes the file. A recording that was not completed keeps what was committed (the open batch is rolled back).</summary>
    public void Dispose()
    {
        if (!_completed)
        {
            _transaction?.Dispose();
            _transaction = null;
        }

        foreach (var c in new[] { _insertEntity, _insertSample, _insertDetection, _insertTrack, _insertEngagement, _insertEvent })
        {
            c.Dispose();
        }

        _connection.Dispose();
    }

    private static string KindName(RecordedEntityKind kind) => kind == RecordedEntityKind.Threat ? "threat" : "interceptor";

    private void CommitIfDue(double time)
    {
        if (_transaction is not null && (_rowsSinceCommit >= CommitRows || time - _lastCommitS >= CommitIntervalS))
        {
            _transaction.Commit();
            _transaction.Dispose();
            _lastCommitS = double.IsFinite(time) ? time : _lastCommitS;
            Begin();
        }
    }

    private void Begin()
    {
        _transaction = _connection.BeginTransaction();
        foreach (var c in new[] { _insertEntity, _insertSample, _insertDetection, _insertTrack, _insertEngagement, _insertEvent })
        {
            c.Transaction = _transaction;
        }

        _rowsSinceCommit = 0;
    }

    private void Run(SqliteCommand command, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
        _rowsSinceCommit++;
    }

    private SqliteCommand Prepare(string sql, int parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        for (int i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
        return command;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

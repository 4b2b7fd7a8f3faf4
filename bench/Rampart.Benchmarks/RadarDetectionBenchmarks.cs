using BenchmarkDotNet.Attributes;
using Rampart.Core.Geo;
using Rampart.Core.Geo.Terrain;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario;
using Rampart.Core.Sensors;

namespace Rampart.Benchmarks;

/// <summary>
/// Radar looks: 1,000 targets seen by three radars (91N6E, 96L6E on a 35 m mast, a 92N6E facing
/// north), one scan each per invocation — 3,000 looks, each a field-of-regard and horizon test,
/// a detection draw and, when detected, a measurement; then the false alarms. With and without
/// terrain masking, and the cost of building a terrain mask from nothing.
/// </summary>
/// <remarks>
/// Set-up (deterministic, seeded): radars near 55.6° N, 37.6° E; targets at 20–250 km on any
/// bearing, 50 m–12 km altitude, RCS 0.01–10 m², Swerling 1. Terrain: four synthetic SRTM3 tiles
/// (N55–56, E037–038) of rolling hills 0–600 m (wavelengths of ~10 km), everything else sea.
/// Detections per second = the detections an invocation makes (printed by the set-up) ÷ its mean time.
/// </remarks>
[MemoryDiagnoser]
public class RadarDetectionBenchmarks
{
    private const int TargetCount = 1000;

    private readonly List<SensorReport> _output = new(4096);
    private Radar[] _smooth = null!;
    private Radar[] _terrain = null!;
    private TargetTruth[] _targets = null!;
    private HgtTile[] _tiles = null!;
    private int _scan;

    [GlobalSetup]
    public void Setup()
    {
        var library = EquipmentLibrary.Load(RepositoryPaths.Equipment);
        library.TryGetRadar("91N6E", out var surveillance);
        library.TryGetRadar("96L6E", out var lowAltitude);
        library.TryGetRadar("92N6E", out var engagement);
        (string Name, Core.Scenario.Model.RadarSpec Spec, GeodeticPosition Ground, double Mast)[] sites =
        [
            ("91N6E", surveillance!, new GeodeticPosition(55.60, 37.60, 150), 0),
            ("96L6E", lowAltitude!, new GeodeticPosition(55.65, 37.55, 150), 35),
            ("92N6E", engagement!, new GeodeticPosition(55.62, 37.70, 150), 0),
        ];

        _tiles =
        [
            Hills(55, 37), Hills(55, 38), Hills(56, 37), Hills(56, 38),
        ];
        var grid = new TerrainGrid(_tiles);
        _smooth = sites.Select((s, i) => new Radar(s.Name, i, s.Spec, s.Ground, s.Mast, 0.0, new Random(i + 1))).ToArray();
        _terrain = sites.Select((s, i) => new Radar(s.Name, i, s.Spec, s.Ground, s.Mast, 0.0, new Random(i + 1))
        {
            Terrain = grid.MaskFor(s.Ground.WithAltitude(s.Ground.AltitudeM + s.Mast), RadarHorizon.StandardK, s.Spec.InstrumentedRangeM),
        }).ToArray();

        var random = new Random(20251125);
        var centre = new GeodeticPosition(55.62, 37.62, 0);
        _targets = new TargetTruth[TargetCount];
        for (int i = 0; i < TargetCount; i++)
        {
            double bearing = random.NextDouble() * 2 * Math.PI;
            double range = 20_000 + (random.NextDouble() * 230_000);
            double altitude = 50 + (random.NextDouble() * 11_950);
            double rcs = Math.Pow(10, -2 + (3 * random.NextDouble()));
            var p = GreatCircle.Destination(centre, bearing, range).WithAltitude(altitude);
            _targets[i] = new TargetTruth(new EntityId(i + 1), Wgs84.ToEcef(p), Vec3.Zero, altitude, rcs, 1);
        }

        // Warm the masks (every sector the targets fall in) and report detections per invocation.
        Console.WriteLine($"// true detections per invocation: smooth earth {Count(_smooth)}, terrain {Count(_terrain)}");
    }

    /// <summary>Three radars, one scan each, smooth 4/3 earth.</summary>
    [Benchmark(Baseline = true)]
    public int ThreeRadars1000TargetsSmoothEarth() => ScanAll(_smooth);

    /// <summary>The same with terrain masking (masks already built: the steady state of a run).</summary>
    [Benchmark]
    public int ThreeRadars1000TargetsTerrain() => ScanAll(_terrain);

    /// <summary>Building one 600 km terrain mask for all 3,600 sectors from nothing (a radar's first scan, paid once per scenario).</summary>
    [Benchmark]
    public double TerrainMaskCold()
    {
        var mask = new TerrainGrid(_tiles).MaskFor(new GeodeticPosition(55.60, 37.60, 150), RadarHorizon.StandardK, 600_000);
        for (int bin = 0; bin < 3600; bin++)
        {
            _ = mask.IsVisible(bin * 0.1 * Math.PI / 180, 100_000, 0.0);
        }

        return mask.SamplesTaken;
    }

    private int ScanAll(Radar[] radars)
    {
        _output.Clear();
        var time = new SimTime(_scan++);
        foreach (var radar in radars)
        {
            radar.Scan(time, _targets, _output);
        }

        return _output.Count;
    }

    private int Count(Radar[] radars)
    {
        int n = 0;
        for (int i = 0; i < 20; i++)
        {
            ScanAll(radars);
            n += _output.Count(r => r.TruthId is not null);
        }

        return n / 20;
    }

    private static HgtTile Hills(int lat, int lon)
    {
        byte[] bytes = HgtTile.Encode(1201, (r, c) =>
        {
            double y = (lat + 1 - (r / 1200.0)) * 111.0, x = (lon + (c / 1200.0)) * 63.0; // km, roughly
            return (short)Math.Round(300 + (150 * Math.Sin(x / 1.6)) + (150 * Math.Sin(y / 1.9)));
        });
        return HgtTile.FromBytes(bytes, lat, lon, FormattableString.Invariant($"N{lat:00}E{lon:000}.hgt"));
    }
}

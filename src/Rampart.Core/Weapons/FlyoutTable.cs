using System.Collections.Concurrent;
using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;

namespace Rampart.Core.Weapons;

/// <summary>
/// Time of flight and speed of one missile type to points on a grid of ground range × altitude,
/// computed by flying the <see cref="Interceptor"/> model itself at a stationary aim point.
/// Used to predict intercept points and to judge whether a shot is possible. Immutable and
/// thread-safe once built.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Geometry: the flyouts are flown in ECEF from a launcher on the equator at 0 m, east along
/// the equator. Ground range is the spherical arc R_mean·θ between the launcher's and the point's
/// geocentric directions (θ = the angle between the two position vectors); altitude is the height
/// of the point above the launcher. With central gravity and a non-rotating earth this makes the
/// table independent of azimuth and site.</item>
/// <item>The aim point is stationary and exactly known; seeker noise is switched off.</item>
/// <item>A point counts as reachable when the fuze fires on it (closest approach within the fuze
/// range); the time of flight is from launch (including the ejection delay) to that instant.</item>
/// <item>Integration step <see cref="TableStepS"/> = 0.1 s (coarser than a run's, for speed; the
/// times of flight it gives differ from a 0.05 s flyout by well under a second).</item>
/// <item>Along each altitude row, once a reachable range has been followed by an unreachable one,
/// the longer ranges are taken as unreachable without flying them.</item>
/// </list>
/// </remarks>
public sealed class FlyoutTable
{
    /// <summary>Integration step of the table's flyouts, s.</summary>
    public const double TableStepS = 0.1;

    private const int RangeCount = 32;
    private const int AltitudeCount = 12;
    private const double MinGroundRangeM = 500.0;

    private static readonly ConcurrentDictionary<MissileSpec, Lazy<FlyoutTable>> Cache = new(MissileSpecComparer.Instance);

    private readonly double[] _ranges;
    private readonly double[] _altitudes;
    private readonly double[] _tof;      // [altitude, range] row-major
    private readonly double[] _speed;
    private readonly double[] _maxRangeByRow;

    private FlyoutTable(MissileSpec spec, double[] ranges, double[] altitudes, double[] tof, double[] speed)
    {
        Spec = spec;
        _ranges = ranges;
        _altitudes = altitudes;
        _tof = tof;
        _speed = speed;
        _maxRangeByRow = new double[altitudes.Length];
        for (int i = 0; i < altitudes.Length; i++)
        {
            for (int j = 0; j < ranges.Length; j++)
            {
                if (!double.IsNaN(tof[(i * ranges.Length) + j]))
                {
                    _maxRangeByRow[i] = ranges[j];
                    MaxTimeOfFlightS = Math.Max(MaxTimeOfFlightS, tof[(i * ranges.Length) + j]);
                }
            }
        }
    }

    /// <summary>The longest time of flight in the table, s (no point of the envelope takes longer to reach).</summary>
    public double MaxTimeOfFlightS { get; }

    /// <summary>The missile type the table describes.</summary>
    public MissileSpec Spec { get; }

    /// <summary>Ground ranges of the grid, m (ascending).</summary>
    public IReadOnlyList<double> GroundRangesM => _ranges;

    /// <summary>Altitudes of the grid above the launcher, m (ascending).</summary>
    public IReadOnlyList<double> AltitudesM => _altitudes;

    /// <summary>
    /// The table for a missile type, built on first request and cached for the life of the
    /// process (keyed by the spec's values, drag table included). Thread-safe.
    /// </summary>
    public static FlyoutTable Build(MissileSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Cache.GetOrAdd(spec, s => new Lazy<FlyoutTable>(() => LoadOrBuild(s))).Value;
    }

    /// <summary>From the on-disk cache (see <see cref="FlyoutTableDiskCache"/>) when it holds this spec, else flown and saved.</summary>
    private static FlyoutTable LoadOrBuild(MissileSpec spec)
    {
        if (FlyoutTableDiskCache.TryLoad(spec, out var ranges, out var altitudes, out var tof, out var speed))
        {
            return new FlyoutTable(spec, ranges, altitudes, tof, speed);
        }

        var table = BuildUncached(spec);
        FlyoutTableDiskCache.Save(spec, table._ranges, table._altitudes, table._tof, table._speed);
        return table;
    }

    /// <summary>Builds a table without the cache (flies the whole grid).</summary>
    internal static FlyoutTable BuildUncached(MissileSpec spec)
    {
        double[] ranges = Spaced(MinGroundRangeM, Math.Max(MinGroundRangeM + 1000.0, 1.1 * spec.MaxRangeM), RangeCount);
        double[] altitudes = Spaced(spec.MinAltitudeM, Math.Max(spec.MinAltitudeM + 1.0, spec.MaxAltitudeM), AltitudeCount);
        double[] tof = new double[ranges.Length * altitudes.Length];
        double[] speed = new double[tof.Length];
        Array.Fill(tof, double.NaN);
        Array.Fill(speed, double.NaN);

        var quiet = spec with { SeekerAngleSigmaRad = 0.0 };
        var launcher = Wgs84.ToEcef(new GeodeticPosition(0, 0, 0));
        // Rows are independent and write disjoint slices, so flying them in parallel gives the
        // same table as flying them in order.
        Parallel.For(0, altitudes.Length, i =>
        {
            var rng = new Random(1); // never drawn from: seeker noise is off
            bool seenReachable = false;
            for (int j = 0; j < ranges.Length; j++)
            {
                double lonDeg = ranges[j] / Wgs84.MeanRadius * 180.0 / Math.PI;
                var point = Wgs84.ToEcef(new GeodeticPosition(0, lonDeg, altitudes[i]));
                if (Fly(quiet, launcher, point, altitudes[i], rng, out double t, out double v))
                {
                    seenReachable = true;
                    tof[(i * ranges.Length) + j] = t;
                    speed[(i * ranges.Length) + j] = v;
                }
                else if (seenReachable)
                {
                    break;
                }
            }
        });

        return new FlyoutTable(spec, ranges, altitudes, tof, speed);
    }

    /// <summary>
    /// Time of flight from launch and missile speed at a point, by bilinear interpolation.
    /// False (and NaN outputs) outside the grid or where any surrounding grid point is unreachable.
    /// </summary>
    /// <param name="groundRangeM">Ground range from the launcher (spherical arc, see the type's remarks), m.</param>
    /// <param name="altitudeM">Height of the point above the launcher, m.</param>
    public bool TryLookup(double groundRangeM, double altitudeM, out double timeOfFlightS, out double speedMps)
    {
        timeOfFlightS = double.NaN;
        speedMps = double.NaN;
        if (!Locate(_ranges, groundRangeM, out int j, out double fr) || !Locate(_altitudes, altitudeM, out int i, out double fa))
        {
            return false;
        }

        int n = _ranges.Length;
        int k00 = (i * n) + j, k01 = k00 + 1, k10 = k00 + n, k11 = k10 + 1;
        double t = Bilinear(_tof[k00], _tof[k01], _tof[k10], _tof[k11], fr, fa);
        if (double.IsNaN(t))
        {
            return false;
        }

        timeOfFlightS = t;
        speedMps = Bilinear(_speed[k00], _speed[k01], _speed[k10], _speed[k11], fr, fa);
        return true;
    }

    /// <summary>
    /// The longest ground range reached at an altitude above the launcher, m (linear between
    /// the grid's altitude rows; 0 outside them). The grid's range spacing limits its resolution.
    /// </summary>
    public double MaxRangeAt(double altitudeM)
    {
        if (!Locate(_altitudes, altitudeM, out int i, out double f))
        {
            return 0.0;
        }

        return _maxRangeByRow[i] + (f * (_maxRangeByRow[i + 1] - _maxRangeByRow[i]));
    }

    private static bool Fly(MissileSpec spec, Vec3 launcher, Vec3 point, double altitude, Random rng, out double tof, out double speed)
    {
        var missile = new Interceptor(new EntityId(0), spec, launcher, SimTime.Zero, rng);
        missile.UpdateTrackData(point, Vec3.Zero, SimTime.Zero);
        var truth = new TargetTruth(new EntityId(-1), point, Vec3.Zero, altitude, 1.0, 0);
        while (true)
        {
            var result = missile.Step(TableStepS, truth, truth);
            if (result.Kind == InterceptorStepKind.Flying)
            {
                continue;
            }

            bool hit = result.Kind == InterceptorStepKind.Fuzed;
            tof = hit ? result.Time.Seconds : double.NaN;
            speed = hit ? result.SpeedMps : double.NaN;
            return hit;
        }
    }

    private static double[] Spaced(double from, double to, int count)
    {
        double[] values = new double[count];
        for (int k = 0; k < count; k++)
        {
            values[k] = from + ((to - from) * k / (count - 1));
        }

        return values;
    }

    /// <summary>
    /// Cell index i with axis[i] ≤ x ≤ axis[i+1] and the fraction within it. The axes are evenly
    /// spaced (<see cref="Spaced"/>, and so are tables read back from the disk cache), so the cell
    /// is found by division rather than by search; the neighbours are checked to absorb rounding.
    /// </summary>
    private static bool Locate(double[] axis, double x, out int index, out double fraction)
    {
        index = 0;
        fraction = 0;
        if (!(x >= axis[0] && x <= axis[^1]))
        {
            return false;
        }

        int last = axis.Length - 2;
        int i = Math.Clamp((int)((x - axis[0]) / (axis[1] - axis[0])), 0, last);
        while (i > 0 && x < axis[i])
        {
            i--;
        }

        while (i < last && x > axis[i + 1])
        {
            i++;
        }

        index = i;
        fraction = (x - axis[i]) / (axis[i + 1] - axis[i]);
        return true;
    }

    /// <summary>Bilinear interpolation; a corner with zero weight is ignored, any other NaN corner gives NaN.</summary>
    private static double Bilinear(double v00, double v01, double v10, double v11, double fr, double fa) =>
        Weighted(v00, (1 - fr) * (1 - fa)) + Weighted(v01, fr * (1 - fa)) + Weighted(v10, (1 - fr) * fa) + Weighted(v11, fr * fa);

    private static double Weighted(double value, double weight) => weight == 0 ? 0.0 : weight * value;
}

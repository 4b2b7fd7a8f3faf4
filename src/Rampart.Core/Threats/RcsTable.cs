using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Threats;

/// <summary>
/// A threat's radar cross-section over aspect and radar band: for each band a grid of values in
/// dBsm over aspect azimuth (degrees off the nose, 0 = head-on, 180 = tail-on) and aspect
/// elevation (degrees; positive when the radar is above the target's horizontal plane, negative
/// when it looks up at the belly), interpolated bilinearly in dBsm. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Assumptions, made here and listed in docs/model.md: the target is left–right symmetric (an
/// azimuth of −60° reads the +60° column); outside the grid the nearest edge value holds (no
/// extrapolation); interpolation is in dB (the values of a real pattern span decades, so a
/// linear-in-m² average would let one spike dominate); a radar whose band the table does not give
/// reads the nearest band given (in the order L, S, C, X, Ku; a tie goes to the lower band).
/// The table gives the mean RCS at that aspect; the fluctuation about it is the threat's
/// Swerling case as before.
/// </remarks>
public sealed class RcsTable
{
    private readonly double[] _azimuthDeg;
    private readonly double[] _elevationDeg;
    private readonly Dictionary<RadarBand, double[,]> _dbsm;

    /// <param name="azimuthDeg">Aspect azimuths, degrees in [0, 180], strictly ascending.</param>
    /// <param name="elevationDeg">Aspect elevations, degrees in [−90, 90], strictly ascending.</param>
    /// <param name="dbsmByBand">Per band, values in dBsm indexed [elevation, azimuth].</param>
    public RcsTable(IReadOnlyList<double> azimuthDeg, IReadOnlyList<double> elevationDeg, IReadOnlyDictionary<RadarBand, double[,]> dbsmByBand)
    {
        ArgumentNullException.ThrowIfNull(azimuthDeg);
        ArgumentNullException.ThrowIfNull(elevationDeg);
        ArgumentNullException.ThrowIfNull(dbsmByBand);
        if (azimuthDeg.Count == 0 || elevationDeg.Count == 0 || dbsmByBand.Count == 0)
        {
            throw new ArgumentException("An RCS table needs at least one azimuth, one elevation and one band.");
        }

        CheckAscending(azimuthDeg, 0, 180, nameof(azimuthDeg));
        CheckAscending(elevationDeg, -90, 90, nameof(elevationDeg));
        foreach ((RadarBand band, double[,] grid) in dbsmByBand)
        {
            if (grid.GetLength(0) != elevationDeg.Count || grid.GetLength(1) != azimuthDeg.Count)
            {
                throw new ArgumentException($"The {band} table must have {elevationDeg.Count} rows of {azimuthDeg.Count} values.", nameof(dbsmByBand));
            }
        }

        _azimuthDeg = [.. azimuthDeg];
        _elevationDeg = [.. elevationDeg];
        _dbsm = dbsmByBand.ToDictionary(kv => kv.Key, kv => (double[,])kv.Value.Clone());
        Bands = [.. _dbsm.Keys.Order()];
    }

    /// <summary>Aspect azimuths of the grid, degrees.</summary>
    public IReadOnlyList<double> AzimuthDeg => _azimuthDeg;

    /// <summary>Aspect elevations of the grid, degrees.</summary>
    public IReadOnlyList<double> ElevationDeg => _elevationDeg;

    /// <summary>The bands the table gives, in ascending frequency.</summary>
    public IReadOnlyList<RadarBand> Bands { get; }

    /// <summary>The band whose values a radar of <paramref name="band"/> reads (itself when given, else the nearest).</summary>
    public RadarBand BandFor(RadarBand band)
    {
        if (_dbsm.ContainsKey(band))
        {
            return band;
        }

        // Nearest by the enum's order L, S, C, X, Ku ('Other' reads the first band); ties to the lower.
        int want = band == RadarBand.Other ? 0 : (int)band;
        RadarBand best = Bands[0];
        int bestDistance = int.MaxValue;
        foreach (RadarBand b in Bands)
        {
            int distance = Math.Abs((int)b - want);
            if (distance < bestDistance)
            {
                best = b;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Mean RCS in dBsm at an aspect, for a radar of <paramref name="band"/>.</summary>
    /// <param name="aspectAzimuthDeg">Degrees off the nose (any sign; the target is symmetric).</param>
    /// <param name="aspectElevationDeg">Degrees above the target's horizontal plane.</param>
    public double Dbsm(RadarBand band, double aspectAzimuthDeg, double aspectElevationDeg)
    {
        double[,] grid = _dbsm[BandFor(band)];
        double az = Math.Abs(aspectAzimuthDeg) % 360.0;
        if (az > 180.0)
        {
            az = 360.0 - az;
        }

        (int i0, int i1, double ta) = Bracket(_azimuthDeg, az);
        (int j0, int j1, double te) = Bracket(_elevationDeg, aspectElevationDeg);
        double low = grid[j0, i0] + (ta * (grid[j0, i1] - grid[j0, i0]));
        double high = grid[j1, i0] + (ta * (grid[j1, i1] - grid[j1, i0]));
        return low + (te * (high - low));
    }

    /// <summary>Mean RCS in m² at an aspect, for a radar of <paramref name="band"/>.</summary>
    public double RcsM2(RadarBand band, double aspectAzimuthDeg, double aspectElevationDeg) =>
        Math.Pow(10.0, 0.1 * Dbsm(band, aspectAzimuthDeg, aspectElevationDeg));

    /// <summary>
    /// Aspect of a radar seen from a target: the target's body axis is along its velocity (no
    /// sideslip, angle of attack or bank: the attitude is taken from the flight path), "up" is
    /// the local vertical made perpendicular to it. Returns azimuth off the nose in [0, 180] and
    /// elevation in [−90, 90], degrees. A target with no velocity is seen head-on in azimuth.
    /// </summary>
    public static (double AzimuthDeg, double ElevationDeg) AspectOf(Vec3 targetEcef, Vec3 velocityEcef, Vec3 radarEcef)
    {
        Vec3 los = radarEcef - targetEcef;
        double range = los.Length;
        if (range <= 0)
        {
            return (0, 0);
        }

        Vec3 u = los * (1.0 / range);
        Vec3 up = targetEcef * (1.0 / targetEcef.Length); // geocentric vertical (within 0.2° of the geodetic one)
        double speed = velocityEcef.Length;
        if (speed <= 1e-9)
        {
            return (0.0, Math.Asin(Math.Clamp(Vec3.Dot(u, up), -1, 1)) * 180.0 / Math.PI);
        }

        Vec3 x = velocityEcef * (1.0 / speed);
        Vec3 zRaw = up - (x * Vec3.Dot(up, x));
        double zLen = zRaw.Length;
        if (zLen < 1e-9)
        {
            // Flying straight up or down: any body "up" will do; pick one perpendicular to x.
            Vec3 any = Math.Abs(x.X) < 0.9 ? new Vec3(1, 0, 0) : new Vec3(0, 1, 0);
            zRaw = any - (x * Vec3.Dot(any, x));
            zLen = zRaw.Length;
        }

        Vec3 z = zRaw * (1.0 / zLen);
        Vec3 y = Vec3.Cross(z, x);
        double ux = Vec3.Dot(u, x), uy = Vec3.Dot(u, y), uz = Vec3.Dot(u, z);
        double azimuth = Math.Atan2(Math.Abs(uy), ux) * 180.0 / Math.PI;
        double elevation = Math.Asin(Math.Clamp(uz, -1, 1)) * 180.0 / Math.PI;
        return (azimuth, elevation);
    }

    private static (int Lo, int Hi, double T) Bracket(double[] grid, double x)
    {
        if (x <= grid[0])
        {
            return (0, 0, 0);
        }

        int n = grid.Length;
        if (x >= grid[n - 1])
        {
            return (n - 1, n - 1, 0);
        }

        int hi = 1;
        while (grid[hi] < x)
        {
            hi++;
        }

        return (hi - 1, hi, (x - grid[hi - 1]) / (grid[hi] - grid[hi - 1]));
    }

    private static void CheckAscending(IReadOnlyList<double> values, double min, double max, string name)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] < min || values[i] > max || (i > 0 && values[i] <= values[i - 1]))
            {
                throw new ArgumentException($"Grid values must be strictly ascending within [{min}, {max}] degrees.", name);
            }
        }
    }
}

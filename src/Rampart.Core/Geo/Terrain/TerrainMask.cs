using Rampart.Core.Sensors;

namespace Rampart.Core.Geo.Terrain;

/// <summary>
/// Terrain masking seen from one radar antenna: whether the straight ray over the k-earth from
/// the antenna to a target clears every terrain sample of the profile between them. Built by
/// <see cref="TerrainGrid.MaskFor"/>; thread-safe (azimuth sectors are computed on first use,
/// deterministically, and published atomically).
/// </summary>
/// <remarks>
/// <para>Method. In the vertical plane through the antenna and the earth's centre, with straight
/// rays over an earth of radius k·Re (the same refraction model as <see cref="RadarHorizon"/>), a
/// target is visible exactly when its apparent elevation from the antenna exceeds the apparent
/// elevation of every terrain point nearer than it. So, per azimuth sector, the profile is sampled
/// once at the grid's post spacing Δ along the great circle through the sector's centre, and the
/// running maximum of the terrain's apparent elevation is kept as a step function (only the
/// samples where it rises). A look then costs a binary search: visible ⇔ target elevation &gt;
/// max terrain elevation over the samples nearer than the target.</para>
/// <para>Assumptions (docs/model.md): the profile of a sector is the one along its centre line
/// (sectors <see cref="AzimuthBinDeg"/> wide: 0.1°, 170 m across at 100 km); samples every post
/// spacing, from 2Δ out (nearer ground is the site itself, whose altitude the scenario gives);
/// bilinear heights; knife-edge blocking (no diffraction: a ray grazing a crest by a metre is
/// clear, one a metre below is blocked); sea level where there is no tile.</para>
/// <para>A sector's profile stops early once no terrain at or below the grid's highest post could
/// rise above the running maximum any more (the elevation of a point at that height falls with
/// distance past its tangent point), so coasts and plains cost a few hundred samples.</para>
/// </remarks>
public sealed class TerrainMask
{
    /// <summary>Width of the azimuth sectors over which one profile is used, degrees.</summary>
    public const double AzimuthBinDeg = 0.1;

    private const double DegToRad = Math.PI / 180.0;
    private static readonly int Bins = (int)Math.Round(360.0 / AzimuthBinDeg);

    private readonly TerrainGrid _grid;
    private readonly GeodeticPosition _antenna;
    private readonly double _antennaAltitudeM;
    private readonly double _kRe;
    private readonly double _maxRangeM;
    private readonly double _stepM;
    private readonly Profile?[] _profiles = new Profile?[Bins];

    internal TerrainMask(TerrainGrid grid, GeodeticPosition antenna, double k, double maxRangeM)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRangeM);
        _grid = grid;
        _antenna = antenna;
        _antennaAltitudeM = antenna.AltitudeM;
        _kRe = k * Wgs84.MeanRadius;
        _maxRangeM = maxRangeM;
        _stepM = grid.PostSpacingM;
    }

    /// <summary>Profile samples taken so far (all sectors): a measure of the cache's work.</summary>
    public long SamplesTaken => Interlocked.Read(ref _samplesTaken);

    private long _samplesTaken;

    /// <summary>
    /// True when the ray to a target at <paramref name="azimuthRad"/> (clockwise from north),
    /// ground distance <paramref name="groundRangeM"/> and apparent elevation
    /// <paramref name="apparentElevationRad"/> (<see cref="RadarHorizon.ApparentElevation"/>) clears the terrain.
    /// </summary>
    public bool IsVisible(double azimuthRad, double groundRangeM, double apparentElevationRad)
    {
        var p = ProfileAt(azimuthRad);
        // Last breakpoint strictly nearer than the target.
        int lo = 0, hi = p.RangeM.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (p.RangeM[mid] < groundRangeM)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 || apparentElevationRad > p.MaxElevationRad[found];
    }

    /// <summary>
    /// The highest apparent elevation of the terrain nearer than <paramref name="groundRangeM"/> in the
    /// sector of <paramref name="azimuthRad"/>, radians (−π/2 when no sample is nearer).
    /// </summary>
    public double MaskElevationRad(double azimuthRad, double groundRangeM)
    {
        var p = ProfileAt(azimuthRad);
        double best = -Math.PI / 2;
        for (int i = 0; i < p.RangeM.Length && p.RangeM[i] < groundRangeM; i++)
        {
            best = p.MaxElevationRad[i];
        }

        return best;
    }

    private Profile ProfileAt(double azimuthRad)
    {
        double deg = azimuthRad / DegToRad;
        int bin = (int)Math.Floor((deg / AzimuthBinDeg) + 0.5) % Bins; // sector centred on bin × 0.1°
        if (bin < 0)
        {
            bin += Bins;
        }

        var p = Volatile.Read(ref _profiles[bin]);
        if (p is null)
        {
            p = Compute(bin * AzimuthBinDeg * DegToRad);
            // Two threads may compute the same sector; both results are identical, one is kept.
            p = Interlocked.CompareExchange(ref _profiles[bin], p, null) ?? p;
        }

        return p;
    }

    private Profile Compute(double bearingRad)
    {
        var ranges = new List<double>();
        var angles = new List<double>();
        double lat1 = _antenna.LatitudeRad, lon1 = _antenna.LongitudeRad;
        double sinLat1 = Math.Sin(lat1), cosLat1 = Math.Cos(lat1);
        double sinB = Math.Sin(bearingRad), cosB = Math.Cos(bearingRad);
        double re = Wgs84.MeanRadius;
        double hMax = _grid.MaxHeightM;
        double best = double.NegativeInfinity;
        long samples = 0;
        for (double s = 2 * _stepM; s <= _maxRangeM; s += _stepM)
        {
            // Great-circle destination (as GreatCircle.Destination) at ground distance s.
            double delta = s / re;
            double sinD = Math.Sin(delta), cosD = Math.Cos(delta);
            double sinLat2 = (sinLat1 * cosD) + (cosLat1 * sinD * cosB);
            double lat2 = Math.Asin(Math.Clamp(sinLat2, -1.0, 1.0));
            double lon2 = lon1 + Math.Atan2(sinB * sinD * cosLat1, cosD - (sinLat1 * sinLat2));
            double h = _grid.HeightAt(lat2 / DegToRad, lon2 / DegToRad);
            samples++;
            double thetaE = s / _kRe;
            double angle = RadarHorizon.ApparentElevation(thetaE, _antennaAltitudeM, h, _kRe);
            if (angle > best)
            {
                best = angle;
                ranges.Add(s);
                angles.Add(angle);
            }

            // Nothing farther can rise above the running maximum once even the highest post of
            // the grid, placed farther out, would be seen lower (past its tangent point).
            double bound = RadarHorizon.ApparentElevation(thetaE, _antennaAltitudeM, hMax, _kRe);
            double boundNext = RadarHorizon.ApparentElevation((s + _stepM) / _kRe, _antennaAltitudeM, hMax, _kRe);
            if (best >= bound && boundNext <= bound)
            {
                break;
            }
        }

        Interlocked.Add(ref _samplesTaken, samples);
        return new Profile([.. ranges], [.. angles]);
    }

    /// <summary>The running maximum of the terrain's apparent elevation along one sector, as its rising steps.</summary>
    private sealed record Profile(double[] RangeM, double[] MaxElevationRad);
}

using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Sensors;

/// <summary>What bounds the detection range at one altitude or elevation.</summary>
public enum CoverageLimit
{
    /// <summary>Signal-to-noise ratio: the radar equation (power-limited).</summary>
    Power,

    /// <summary>The 4/3-earth (k-earth) radio horizon.</summary>
    Horizon,

    /// <summary>The radar's lowest covered elevation.</summary>
    MinElevation,

    /// <summary>The instrumented (displayed) range.</summary>
    InstrumentedRange,

    /// <summary>Not seen at all: above the highest covered elevation at every reachable range, or closer than the minimum range.</summary>
    NotCovered,

    /// <summary>Terrain masking (an elevation grid): the ray to the target meets the ground (<see cref="HorizontalCoverage"/>).</summary>
    Terrain,
}

/// <summary>One row of the diagram by altitude.</summary>
/// <param name="AltitudeM">Target altitude above the smooth surface, m.</param>
/// <param name="RangeM">Largest slant range at which the target is detected with the requested P_d, m (0 when not covered).</param>
/// <param name="GroundRangeM">The great-circle ground distance to that point, m.</param>
/// <param name="ElevationRad">Apparent (refracted) elevation of that point seen from the antenna, rad.</param>
/// <param name="Limit">What bounds the range there.</param>
public readonly record struct AltitudeCoverage(double AltitudeM, double RangeM, double GroundRangeM, double ElevationRad, CoverageLimit Limit);

/// <summary>One row of the diagram by elevation.</summary>
/// <param name="ElevationRad">Apparent elevation of the beam, rad.</param>
/// <param name="RangeM">Largest slant range at which the target is detected with the requested P_d along that ray, m.</param>
/// <param name="AltitudeM">Altitude of the ray at that range over the k-earth, m.</param>
/// <param name="Limit"><see cref="CoverageLimit.Power"/> or <see cref="CoverageLimit.InstrumentedRange"/>.</param>
public readonly record struct ElevationCoverage(double ElevationRad, double RangeM, double AltitudeM, CoverageLimit Limit);

/// <summary>
/// The vertical coverage diagram of a radar against one target: the largest range at which a target
/// of a given mean RCS and Swerling case is detected with probability P_d per look, as a function of
/// target altitude and of elevation, bounded by the power (radar equation), the k-earth horizon,
/// the elevation limits and the instrumented range — the same model, geometry and numbers as
/// <see cref="Radar"/> uses in a run. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Assumptions (as in <see cref="Radar"/>): one look per target per scan (single-pulse statistics
/// of <see cref="DetectionProbability"/>); the SNR scales from the reference detection as σ/R⁴ with
/// no atmospheric loss, no antenna elevation pattern (a target at any covered elevation sees the
/// beam's peak gain), no multipath and no clutter; smooth spherical earth of radius
/// <see cref="Wgs84.MeanRadius"/>, horizon and elevation limits over the k-earth, slant range over
/// the true earth. Noise jamming, where given as J/N, lowers the SNR by 1/(1 + J/N).
/// </remarks>
public static class VerticalCoverage
{
    /// <summary>The altitudes of the standard diagram, 10 m to 30 km, m.</summary>
    public static IReadOnlyList<double> StandardAltitudesM { get; } =
        [10, 20, 50, 100, 200, 500, 1_000, 2_000, 3_000, 5_000, 7_500, 10_000, 12_500, 15_000, 20_000, 25_000, 30_000];

    /// <summary>
    /// Largest slant range, m, at which the radar detects the target with probability
    /// <paramref name="pd"/> per look in free space (no horizon or elevation limit, no range limit):
    /// R = (C·σ / (SNR_req·(1 + J/N)))^(1/4) with C = SNR·R⁴/σ from <see cref="RadarEquation.SnrPerRcsTimesR4Of"/>
    /// (the reference detection, SNR_ref·R_ref⁴/σ_ref, or the explicit radar equation).
    /// </summary>
    /// <param name="jamToNoise">Jammer-to-noise power ratio J/N at the receiver (0 without jamming).</param>
    public static double PowerLimitedRangeM(RadarSpec spec, double rcsM2, double pd, double pfa, int swerling, double jamToNoise = 0.0)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rcsM2);
        ArgumentOutOfRangeException.ThrowIfNegative(jamToNoise);
        double required = DetectionProbability.RequiredSnr(pd, pfa, swerling) * (1.0 + jamToNoise);
        return Math.Pow(RadarEquation.SnrPerRcsTimesR4Of(spec) * rcsM2 / required, 0.25);
    }

    /// <summary>The diagram by altitude: one row per entry of <paramref name="altitudesM"/>.</summary>
    /// <param name="spec">The radar.</param>
    /// <param name="antennaHeightM">Antenna phase centre above the smooth surface, m.</param>
    /// <param name="powerRangeM">Free-space detection range from <see cref="PowerLimitedRangeM"/>, m.</param>
    /// <param name="altitudesM">Target altitudes, m.</param>
    /// <param name="k">Effective earth radius factor.</param>
    public static AltitudeCoverage[] ByAltitude(RadarSpec spec, double antennaHeightM, double powerRangeM, IReadOnlyList<double> altitudesM, double k = RadarHorizon.StandardK)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(altitudesM);
        ArgumentOutOfRangeException.ThrowIfNegative(antennaHeightM);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var rows = new AltitudeCoverage[altitudesM.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = AtAltitude(spec, antennaHeightM, powerRangeM, Math.Max(altitudesM[i], 0.0), k);
        }

        return rows;
    }

    /// <summary>
    /// The diagram by elevation: along each apparent elevation (straight ray over the k-earth), the
    /// detection range and the altitude reached there. Elevations outside the radar's limits are skipped.
    /// </summary>
    public static ElevationCoverage[] ByElevation(RadarSpec spec, double antennaHeightM, double powerRangeM, IReadOnlyList<double> elevationsRad, double k = RadarHorizon.StandardK)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(elevationsRad);
        double kRe = k * Wgs84.MeanRadius;
        double minEl = spec.MinElevationDeg * Math.PI / 180.0, maxEl = spec.MaxElevationDeg * Math.PI / 180.0;
        var rows = new List<ElevationCoverage>(elevationsRad.Count);
        foreach (double e in elevationsRad)
        {
            if (e < minEl - 1e-12 || e > maxEl + 1e-12)
            {
                continue;
            }

            bool instrumented = spec.InstrumentedRangeM < powerRangeM;
            double r = instrumented ? spec.InstrumentedRangeM : powerRangeM;
            // Height of a straight ray over the k-earth: h = √(R² + r₁² + 2·R·r₁·sin e) − kRe, r₁ = kRe + hₐ.
            double r1 = kRe + antennaHeightM;
            double h = Math.Sqrt((r * r) + (r1 * r1) + (2.0 * r * r1 * Math.Sin(e))) - kRe;
            if (h < 0)
            {
                // The ray meets the surface before that range (negative elevations): it ends there.
                // Solve |ray(R)| = kRe: R² + 2·R·r₁·sin e + r₁² − kRe² = 0, the nearer root.
                double b = r1 * Math.Sin(e);
                r = -b - Math.Sqrt((b * b) - ((r1 * r1) - (kRe * kRe)));
                rows.Add(new ElevationCoverage(e, r, 0.0, CoverageLimit.Horizon));
                continue;
            }

            rows.Add(new ElevationCoverage(e, r, h, instrumented ? CoverageLimit.InstrumentedRange : CoverageLimit.Power));
        }

        return [.. rows];
    }

    private static AltitudeCoverage AtAltitude(RadarSpec spec, double antennaHeightM, double powerRangeM, double altitudeM, double k)
    {
        double re = Wgs84.MeanRadius;
        double kRe = k * re;
        double r1 = re + antennaHeightM, r2 = re + altitudeM;
        double minEl = spec.MinElevationDeg * Math.PI / 180.0, maxEl = spec.MaxElevationDeg * Math.PI / 180.0;

        // Largest true ground angle θ allowed by each limit; the range grows with θ.
        double thetaHorizon = k * (RadarHorizon.HorizonAngle(antennaHeightM, kRe) + RadarHorizon.HorizonAngle(altitudeM, kRe));
        double thetaMinEl = ThetaAtElevation(minEl, antennaHeightM, altitudeM, k, kRe, thetaHorizon);
        bool instrumentedBinds = spec.InstrumentedRangeM < powerRangeM;
        double rangeLimit = instrumentedBinds ? spec.InstrumentedRangeM : powerRangeM;
        double thetaRange = ThetaAtSlantRange(rangeLimit, r1, r2);

        double theta = thetaHorizon;
        var limit = CoverageLimit.Horizon;
        if (thetaMinEl < theta)
        {
            theta = thetaMinEl;
            limit = CoverageLimit.MinElevation;
        }

        if (thetaRange < theta)
        {
            theta = thetaRange;
            limit = instrumentedBinds ? CoverageLimit.InstrumentedRange : CoverageLimit.Power;
        }

        // The highest covered elevation leaves a cone of silence overhead: the point must lie at a
        // ground angle where the apparent elevation is at most the maximum.
        double thetaMaxEl = ThetaAtElevation(maxEl, antennaHeightM, altitudeM, k, kRe, thetaHorizon);
        double range = SlantRange(theta, r1, r2);
        if (theta < 0 || theta < thetaMaxEl || range < spec.MinRangeM || double.IsNaN(range))
        {
            return new AltitudeCoverage(altitudeM, 0.0, 0.0, 0.0, CoverageLimit.NotCovered);
        }

        double elevation = RadarHorizon.ApparentElevation(theta / k, antennaHeightM, altitudeM, kRe);
        return new AltitudeCoverage(altitudeM, range, re * theta, elevation, limit);
    }

    /// <summary>True slant range between points at radii r₁ and r₂ a ground angle θ apart (law of cosines), m.</summary>
    private static double SlantRange(double theta, double r1, double r2) =>
        Math.Sqrt(Math.Max((r1 * r1) + (r2 * r2) - (2.0 * r1 * r2 * Math.Cos(theta)), 0.0));

    /// <summary>Ground angle at which the true slant range is <paramref name="range"/>; −1 when even θ = 0 is farther.</summary>
    private static double ThetaAtSlantRange(double range, double r1, double r2)
    {
        double dr = r2 - r1;
        if (range < Math.Abs(dr))
        {
            return -1.0;
        }

        // r² = r₁² + r₂² − 2r₁r₂cos θ = (r₂ − r₁)² + 4r₁r₂ sin²(θ/2), kept in this form for precision.
        double s = Math.Sqrt(((range * range) - (dr * dr)) / (4.0 * r1 * r2));
        return 2.0 * Math.Asin(Math.Min(s, 1.0));
    }

    /// <summary>
    /// Ground angle θ in [0, <paramref name="thetaMax"/>] at which the apparent elevation falls to
    /// <paramref name="elevation"/> (elevation decreases with θ): 0 when it is already below at θ = 0,
    /// <paramref name="thetaMax"/> when still above there. Bisection to 1e-12 rad.
    /// </summary>
    private static double ThetaAtElevation(double elevation, double antennaHeightM, double altitudeM, double k, double kRe, double thetaMax)
    {
        double El(double theta) => theta <= 0
            ? (altitudeM >= antennaHeightM ? Math.PI / 2 : -Math.PI / 2)
            : RadarHorizon.ApparentElevation(theta / k, antennaHeightM, altitudeM, kRe);
        if (El(thetaMax) >= elevation)
        {
            return thetaMax;
        }

        double lo = 0.0, hi = thetaMax;
        if (El(1e-15) < elevation)
        {
            return 0.0;
        }

        while (hi - lo > 1e-12)
        {
            double mid = 0.5 * (lo + hi);
            if (El(mid) >= elevation)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

using MathNet.Numerics.Distributions;
using Rampart.Core.Geo;
using Rampart.Core.Geo.Terrain;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Sensors;

/// <summary>
/// A ground radar described by a published reference detection (<see cref="RadarSpec"/>): one
/// look per target per scan with range, angle and horizon limits, Swerling fluctuation, Gaussian
/// measurement noise and false alarms. Not thread-safe (it owns a random stream and a scratch
/// buffer); one instance per placed radar.
/// </summary>
/// <remarks>
/// Model assumptions, made where written below and listed in docs/model.md:
/// <list type="bullet">
/// <item>Radar equation scaled from the reference detection: SNR = SNR_ref·(σ/σ_ref)·(R_ref/R)⁴,
/// no atmospheric or lens loss; over the sea optionally × F⁴ (two-ray multipath,
/// <see cref="TwoRayMultipath"/>).</item>
/// <item>Interference: detection and measurement use S/(N + J + C) = SNR/(1 + J/N + C/N), J the
/// noise jammers received through the antenna pattern (Gaussian main lobe floored at the sidelobe
/// level) and C the sea clutter in the target's range cell (<see cref="SeaClutter"/>) divided by
/// the clutter improvement factor. The detector is a CFAR: its false-alarm probability per cell
/// stays the reference one whatever the interference (jamming and clutter cost detections, not
/// false alarms).</item>
/// <item>RCS: the target's aspect table when it has one, read at the aspect of this radar seen
/// from the target (attitude from the velocity), in this radar's band.</item>
/// <item>The reference detection is read as a Swerling 1 target (the usual assumption behind a
/// published "detects X m² at Y km" figure).</item>
/// <item>One look per target per scan; every target in coverage is looked at once per scan.</item>
/// <item>Smooth spherical 4/3-earth horizon (<see cref="RadarHorizon"/>) and, when the scenario gives an
/// elevation grid, terrain masking over the same k-earth (<see cref="TerrainMask"/>); elevation limits apply to the
/// apparent (refracted) elevation; reported elevation is the true geometric one (the radar's
/// refraction correction is taken as perfect).</item>
/// </list>
/// </remarks>
public sealed partial class Radar : ISensor
{
    /// <summary>The Swerling case the reference detection is assumed to describe.</summary>
    public const int ReferenceSwerling = 1;

    private const double DegToRad = Math.PI / 180.0;
    private const double TwoPi = 2.0 * Math.PI;

    private readonly Random _rng;
    private readonly double _k;
    private readonly double _kRe;
    private readonly Vec3 _antennaEcef;
    private readonly double _antennaAltitudeM;
    private readonly double _antennaHorizonAngle;
    private readonly double _minRangeM;
    private readonly double _maxRangeM;
    private readonly double _minRange2;
    private readonly double _maxRange2;
    private readonly double _minElevationRad;
    private readonly double _maxElevationRad;
    private readonly bool _isSector;
    private readonly double _boresightRad;
    private readonly double _halfSectorRad;
    private readonly double _snrPerRcsTimesR4;
    private readonly double _threshold;
    private readonly double _thresholdSnrDb;
    private readonly double _rangeSigmaM;
    private readonly double _azimuthSigmaRad;
    private readonly double _elevationSigmaRad;
    private readonly double _rangeSigmaScale;
    private readonly double _azimuthSigmaScale;
    private readonly double _elevationSigmaScale;
    private readonly double _azimuthBeamwidthRad;
    private readonly double _elevationBeamwidthRad;
    private readonly SearchVolume _fullVolume;
    private readonly RadarInterference _interference;
    private Candidate[] _candidates = new Candidate[16];

    /// <summary>Places a radar.</summary>
    /// <param name="name">Stable name, e.g. <c>91N6E-1</c>.</param>
    /// <param name="index">Dense index of the sensor within the run.</param>
    /// <param name="spec">Equipment description.</param>
    /// <param name="groundPosition">The site: latitude, longitude and ground altitude (m above the ellipsoid).</param>
    /// <param name="mastHeightM">Antenna phase centre above the ground, m.</param>
    /// <param name="boresightAzimuthDeg">Sector centre for this placement, degrees clockwise from north; null uses the spec's.</param>
    /// <param name="rng">The radar's own seeded random stream.</param>
    /// <param name="earthRadiusFactorK">Effective earth radius factor for refraction (4/3 standard).</param>
    /// <param name="environment">Surface, sea state and multipath (null: land, free space, no clutter).</param>
    /// <param name="jammers">The noise jammers of the run (null: none).</param>
    public Radar(
        string name,
        int index,
        RadarSpec spec,
        GeodeticPosition groundPosition,
        double mastHeightM,
        double? boresightAzimuthDeg,
        Random rng,
        double earthRadiusFactorK = RadarHorizon.StandardK,
        RadarEnvironment? environment = null,
        IJammerField? jammers = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfNegative(mastHeightM);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(earthRadiusFactorK);
        Validate(spec);

        Spec = spec;
        _rng = rng;
        _k = earthRadiusFactorK;
        _kRe = earthRadiusFactorK * Wgs84.MeanRadius;

        var antenna = groundPosition.WithAltitude(groundPosition.AltitudeM + mastHeightM);
        var frame = new EnuFrame(antenna);
        _antennaEcef = frame.OriginEcef;
        _antennaAltitudeM = antenna.AltitudeM;
        _antennaHorizonAngle = RadarHorizon.HorizonAngle(_antennaAltitudeM, _kRe);

        _minRangeM = spec.MinRangeM;
        _maxRangeM = spec.InstrumentedRangeM;
        _minRange2 = spec.MinRangeM * spec.MinRangeM;
        _maxRange2 = spec.InstrumentedRangeM * spec.InstrumentedRangeM;
        _minElevationRad = spec.MinElevationDeg * DegToRad;
        _maxElevationRad = spec.MaxElevationDeg * DegToRad;
        _isSector = spec.AzimuthCoverageDeg < 360.0;
        double boresightDeg = boresightAzimuthDeg ?? spec.BoresightAzimuthDeg;
        BoresightAzimuthDeg = ((boresightDeg % 360.0) + 360.0) % 360.0;
        _boresightRad = BoresightAzimuthDeg * DegToRad;
        _halfSectorRad = 0.5 * spec.AzimuthCoverageDeg * DegToRad;

        // Radar equation scaled from the reference detection (reference read as Swerling 1):
        // SNR = SNR_ref·(σ/σ_ref)·(R_ref/R)⁴ = [SNR_ref·R_ref⁴/σ_ref]·σ/R⁴ — or, when the equipment
        // file chooses detection_model: radar_equation, the same constant from explicit parameters.
        _snrPerRcsTimesR4 = RadarEquation.SnrPerRcsTimesR4Of(spec);
        ReferenceSnr = SnrAt(spec.ReferenceRcsM2, spec.ReferenceRangeM);

        // The operating false-alarm probability per cell is the reference one.
        _threshold = DetectionProbability.Threshold(spec.ReferencePfa);
        _thresholdSnrDb = DetectionProbability.RatioToDb(_threshold);

        // Resolution cells tested in one scan of the whole coverage: range cells × azimuth beam
        // positions × elevation beam positions (a stacked or scanned beam covers its elevation band).
        _azimuthBeamwidthRad = spec.AzimuthBeamwidthDeg * DegToRad;
        _elevationBeamwidthRad = spec.ElevationBeamwidthDeg * DegToRad;
        _fullVolume = new SearchVolume(
            _minRangeM,
            _maxRangeM,
            _isSector ? _boresightRad - _halfSectorRad : 0.0,
            _isSector ? 2.0 * _halfSectorRad : TwoPi,
            _minElevationRad,
            _maxElevationRad);
        ResolutionCells = CellsIn(_fullVolume);
        ExpectedFalseAlarmsPerScan = spec.ReferencePfa * ResolutionCells;

        // Interference (jamming, sea clutter, multipath) and the target's aspect-dependent RCS.
        _interference = new RadarInterference(spec, frame, _antennaAltitudeM, earthRadiusFactorK, _snrPerRcsTimesR4, environment ?? RadarEnvironment.Default, jammers);

        // Measurement noise: σ = max(spec σ, resolution/√(2·SNR)) per coordinate (the classical
        // accuracy of a measurement at SNR, Skolnik/Richards, with the spec's σ as the floor
        // that bias and processing limits leave at high SNR).
        _rangeSigmaM = spec.RangeSigmaM;
        _azimuthSigmaRad = spec.AzimuthSigmaDeg * DegToRad;
        _elevationSigmaRad = spec.ElevationSigmaDeg * DegToRad;
        _rangeSigmaScale = spec.RangeResolutionM / Math.Sqrt(2.0);
        _azimuthSigmaScale = spec.AzimuthBeamwidthDeg * DegToRad / Math.Sqrt(2.0);
        _elevationSigmaScale = spec.ElevationBeamwidthDeg * DegToRad / Math.Sqrt(2.0);

        Site = new SensorSite(name, index, frame, spec.ScanPeriodS, IsInFieldOfRegard);
    }

    /// <inheritdoc/>
    public SensorSite Site { get; }

    /// <summary>The equipment description this radar was built from.</summary>
    public RadarSpec Spec { get; }

    /// <summary>
    /// Terrain masking seen from this antenna (<see cref="TerrainGrid.MaskFor"/> with the antenna's
    /// position, the same k and the instrumented range), or null for the smooth earth only.
    /// </summary>
    public TerrainMask? Terrain { get; init; }

    /// <summary>The antenna's phase centre: site latitude, longitude and ground altitude plus mast, m.</summary>
    public GeodeticPosition Antenna => Site.Frame.Origin;

    /// <summary>The effective earth radius factor this radar's horizon and masking use.</summary>
    public double EarthRadiusFactorK => _k;

    /// <summary>
    /// Systematic errors added to every target measurement (range, azimuth, elevation) before the
    /// random noise; default none. The reported sigmas do not include them: the tracker is not
    /// told (model assumption — an unregistered sensor). False alarms, uniform over the
    /// coverage, are not shifted.
    /// </summary>
    public MeasurementBias Bias { get; init; }

    /// <summary>Centre of the covered sector, degrees clockwise from north in [0, 360) (meaningless for a 360° radar).</summary>
    public double BoresightAzimuthDeg { get; }

    /// <summary>SNR (ratio) at the reference range against the reference RCS: what a Swerling 1 target needs for the reference P_d at the reference P_fa (when the SNR comes from explicit radar-equation parameters, whatever they give there).</summary>
    public double ReferenceSnr { get; }

    /// <summary>Resolution cells tested in a scan of the whole coverage (where false alarms can occur).</summary>
    public double ResolutionCells { get; }

    /// <summary>The whole coverage as one search volume (what <see cref="Scan"/> searches).</summary>
    public SearchVolume FullVolume => _fullVolume;

    /// <summary>The environment this radar sees (surface, sea state, multipath).</summary>
    public RadarEnvironment Environment => _interference.Environment;

    /// <summary>Resolution cells in <paramref name="volume"/> for this radar's range resolution and beamwidths.</summary>
    public double CellsIn(in SearchVolume volume)
    {
        (long r, long a, long e) = volume.Cells(Spec.RangeResolutionM, _azimuthBeamwidthRad, _elevationBeamwidthRad);
        return (double)r * a * e;
    }

    /// <summary>
    /// The receiver a jammer meets: receive gain (ratio), wavelength (m), noise bandwidth (Hz) and
    /// system temperature (K) — from the explicit radar-equation parameters when the equipment file
    /// gives them (gain, 1/τ, 290 K × F), else estimated by <see cref="NoiseJamming.ReceiverOf"/>.
    /// </summary>
    public static (double ReceiveGain, double WavelengthM, double BandwidthHz, double SystemTemperatureK) ReceiverOf(RadarSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Equation is { } eq)
        {
            var equation = RadarEquation.Of(spec, eq);
            return (equation.ReceiveGain, equation.WavelengthM, equation.NoiseBandwidthHz, equation.SystemTemperatureK);
        }

        return NoiseJamming.ReceiverOf(spec);
    }

    /// <summary>
    /// The power budget of one look at <paramref name="target"/> at <paramref name="time"/>, without
    /// any random draw (the jammers are those on at that time); null when the target is outside the
    /// field of regard or below the horizon. For analysis and tests; <see cref="Scan"/> uses the same
    /// computation.
    /// </summary>
    public LookBudget? Budget(SimTime time, in TargetTruth target)
    {
        if (target.RcsM2 <= 0.0 || !TryLook(target.PositionEcef, target.AltitudeM, out Vec3 enu, out double rangeM, out _))
        {
            return null;
        }

        return _interference.Evaluate(time, in target, enu, rangeM);
    }

    /// <summary>Mean number of false alarms per scan, P_fa × cells.</summary>
    public double ExpectedFalseAlarmsPerScan { get; }

    /// <summary>Mean SNR (ratio) against a target of <paramref name="rcsM2"/> m² at slant range <paramref name="rangeM"/> m.</summary>
    public double SnrAt(double rcsM2, double rangeM)
    {
        double r2 = rangeM * rangeM;
        return _snrPerRcsTimesR4 * rcsM2 / (r2 * r2);
    }

    /// <summary>
    /// Looks once at every target, in the order given, then adds this scan's false alarms over the
    /// whole coverage (<see cref="FullVolume"/>). Random draws, in order: per target that is in
    /// coverage and above the horizon one uniform (detection) and, if detected, three normals
    /// (range, azimuth, elevation noise); then the Poisson false-alarm count and three uniforms per
    /// false alarm.
    /// </summary>
    public void Scan(SimTime time, ReadOnlySpan<TargetTruth> targets, List<SensorReport> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int candidates = 0;
        for (int i = 0; i < targets.Length; i++)
        {
            ref readonly TargetTruth target = ref targets[i];
            if (target.RcsM2 <= 0.0)
            {
                continue; // Nothing to reflect; noise in its cell is already in the false-alarm process.
            }

            if (!TryLook(target.PositionEcef, target.AltitudeM, out Vec3 enu, out double rangeM, out double azimuthRad))
            {
                continue;
            }

            LookAt(time, i, in target, enu, rangeM, azimuthRad, ref candidates);
        }

        EmitCandidates(candidates, output);
        AddFalseAlarms(time, in _fullVolume, output);
    }

    /// <summary>
    /// One look at a target in coverage: the detection draw and, if detected, the measurement,
    /// kept as a candidate until unresolved targets are merged and the capacity limit applied.
    /// </summary>
    private void LookAt(SimTime time, int order, in TargetTruth target, Vec3 enu, double rangeM, double azimuthRad, ref int candidates)
    {
        // Signal over noise + jamming + clutter: the CFAR threshold stays at the reference P_fa.
        double snr = _interference.Evaluate(time, in target, enu, rangeM).Sinr;
        double pd = DetectionProbability.AtThreshold(snr, _threshold, target.Swerling);
        if (_rng.NextDouble() >= pd)
        {
            return;
        }

        // True geometric elevation above the site's local horizontal (ENU), measured; the
        // accuracy follows the interference-limited SNR (a jammed radar measures worse).
        double elevationRad = Math.Atan2(enu.Z, Math.Sqrt((enu.X * enu.X) + (enu.Y * enu.Y)));
        var detection = Measure(time, Site.Index, rangeM, azimuthRad, elevationRad, snr);
        if (candidates == _candidates.Length)
        {
            Array.Resize(ref _candidates, _candidates.Length * 2);
        }

        _candidates[candidates++] = new Candidate(rangeM, order, azimuthRad, elevationRad, snr, new SensorReport(detection, target.Id));
    }

    /// <summary>
    /// Merges unresolved targets (<see cref="ResolutionMerge"/>), applies the capacity limit and
    /// appends the surviving true detections: nearest first when the limit bites, in target order otherwise.
    /// </summary>
    private void EmitCandidates(int candidates, List<SensorReport> output)
    {
        candidates = ResolutionMerge.Merge(_candidates, candidates, Spec.RangeResolutionM, Spec.AzimuthBeamwidthDeg * DegToRad, Spec.ElevationBeamwidthDeg * DegToRad);
        int maxTracks = Spec.MaxTracks;
        if (maxTracks > 0 && candidates > maxTracks)
        {
            // Capacity limit: the radar reports at most MaxTracks true targets per scan, the
            // nearest first (assumption: a saturated radar keeps the closest, most urgent ones).
            Array.Sort(_candidates, 0, candidates, Candidate.ByRange);
            candidates = maxTracks;
        }

        for (int c = 0; c < candidates; c++)
        {
            output.Add(_candidates[c].Report);
        }
    }

    private static void Validate(RadarSpec s)
    {
        static void Require(bool ok, string what, string name)
        {
            if (!ok)
            {
                throw new ArgumentException($"Radar '{name}': {what}.", nameof(s));
            }
        }

        Require(s.ReferenceRcsM2 > 0, "reference RCS must be positive", s.Name);
        Require(s.ReferenceRangeM > 0, "reference range must be positive", s.Name);
        Require(s.ReferencePfa > 0 && s.ReferencePfa < s.ReferencePd && s.ReferencePd < 1, "need 0 < reference Pfa < reference Pd < 1", s.Name);
        Require(s.ScanPeriodS > 0, "scan period must be positive", s.Name);
        Require(s.AzimuthCoverageDeg > 0 && s.AzimuthCoverageDeg <= 360, "azimuth coverage must be in (0, 360] degrees", s.Name);
        Require(s.MinElevationDeg >= -90 && s.MinElevationDeg < s.MaxElevationDeg && s.MaxElevationDeg <= 90, "need −90 ≤ min elevation < max elevation ≤ 90 degrees", s.Name);
        Require(s.MinRangeM >= 0 && s.InstrumentedRangeM > s.MinRangeM, "need 0 ≤ min range < instrumented range", s.Name);
        Require(s.RangeResolutionM > 0 && s.AzimuthBeamwidthDeg > 0 && s.ElevationBeamwidthDeg > 0, "range resolution and beamwidths must be positive", s.Name);
        Require(s.RangeSigmaM >= 0 && s.AzimuthSigmaDeg >= 0 && s.ElevationSigmaDeg >= 0, "measurement sigmas must not be negative", s.Name);
        Require(s.MaxTracks >= 0, "max tracks must not be negative", s.Name);
    }

    private static double WrapTwoPi(double angleRad)
    {
        double a = angleRad % TwoPi;
        return a < 0 ? a + TwoPi : a;
    }

    /// <summary>
    /// <see cref="SensorSite.FieldOfRegard"/>: range, sector and apparent-elevation limits and the
    /// 4/3-earth horizon — where the radar could see a target at all, so that the tracker does
    /// not count a miss against a track the radar cannot see. Finds the point's altitude itself
    /// (the tracker asks with a position only).
    /// </summary>
    private bool IsInFieldOfRegard(Vec3 ecef) =>
        TryLook(ecef, Wgs84.GeocentricHeight(ecef), out _, out _, out _, checkHorizon: true);

    /// <summary>
    /// Field of regard (range, azimuth sector, apparent elevation) and, unless told not to, the
    /// horizon. Gives the local ENU vector, slant range and azimuth for the measurement.
    /// </summary>
    private bool TryLook(Vec3 ecef, double altitudeM, out Vec3 enu, out double rangeM, out double azimuthRad, bool checkHorizon = true)
    {
        enu = Site.Frame.ToEnu(ecef);
        rangeM = 0;
        azimuthRad = 0;
        double range2 = enu.LengthSquared;
        if (range2 < _minRange2 || range2 > _maxRange2)
        {
            return false;
        }

        azimuthRad = WrapTwoPi(Math.Atan2(enu.X, enu.Y)); // clockwise from north
        if (_isSector)
        {
            double off = WrapTwoPi(azimuthRad - _boresightRad + Math.PI) - Math.PI; // in [−π, π)
            if (Math.Abs(off) > _halfSectorRad)
            {
                return false;
            }
        }

        double thetaE = RadarHorizon.EffectiveGroundAngle(_antennaEcef, ecef, _k);
        double apparentElevation = RadarHorizon.ApparentElevation(thetaE, _antennaAltitudeM, altitudeM, _kRe);
        if (apparentElevation < _minElevationRad || apparentElevation > _maxElevationRad)
        {
            return false;
        }

        if (checkHorizon && thetaE > _antennaHorizonAngle + RadarHorizon.HorizonAngle(altitudeM, _kRe))
        {
            return false;
        }

        // Terrain masking (when the scenario gives an elevation grid): the ray must clear every
        // terrain sample nearer than the target. Ground distance on the true earth = θₑ·k·Re.
        if (checkHorizon && Terrain is { } terrain && !terrain.IsVisible(azimuthRad, thetaE * _kRe, apparentElevation))
        {
            return false;
        }

        rangeM = Math.Sqrt(range2);
        return true;
    }

    private Detection Measure(SimTime time, int sensorIndex, double rangeM, double azimuthRad, double elevationRad, double snr)
    {
        // σ grows as resolution/√(2·SNR) at low SNR, floored at the spec's σ.
        double inv = 1.0 / Math.Sqrt(Math.Max(snr, 1e-12));
        double sR = Math.Max(_rangeSigmaM, _rangeSigmaScale * inv);
        double sAz = Math.Max(_azimuthSigmaRad, _azimuthSigmaScale * inv);
        double sEl = Math.Max(_elevationSigmaRad, _elevationSigmaScale * inv);
        double r = rangeM + Bias.RangeM + Normal.Sample(_rng, 0.0, sR);
        double az = WrapTwoPi(azimuthRad + Bias.AzimuthRad + Normal.Sample(_rng, 0.0, sAz));
        double el = Math.Clamp(elevationRad + Bias.ElevationRad + Normal.Sample(_rng, 0.0, sEl), -0.5 * Math.PI, 0.5 * Math.PI);
        return new Detection(time, sensorIndex, Math.Max(r, 0.0), az, el, sR, sAz, sEl, DetectionProbability.RatioToDb(snr));
    }

    /// <summary>
    /// Draws the false alarms of one search of <paramref name="volume"/> (a whole scan, or one
    /// dwell of a scheduled radar) and appends them: the count is Poisson with mean P_fa × cells
    /// (the binomial count over that many independent cells, in its limit for P_fa ≪ 1, the only
    /// case that arises), each in a uniformly chosen cell, reported at the cell's centre with the
    /// σ and SNR of a return just at the threshold. Returns how many it added.
    /// Draws: one Poisson count, then three uniforms per false alarm (range cell, azimuth beam, elevation beam).
    /// </summary>
    public int AddFalseAlarms(SimTime time, in SearchVolume volume, List<SensorReport> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        (long nr, long na, long ne) = volume.Cells(Spec.RangeResolutionM, _azimuthBeamwidthRad, _elevationBeamwidthRad);
        double mean = Spec.ReferencePfa * nr * na * ne;
        if (mean <= 0)
        {
            return 0;
        }

        int n = Poisson.Sample(_rng, mean);
        double inv = 1.0 / Math.Sqrt(_threshold);
        double sR = Math.Max(_rangeSigmaM, _rangeSigmaScale * inv);
        double sAz = Math.Max(_azimuthSigmaRad, _azimuthSigmaScale * inv);
        double sEl = Math.Max(_elevationSigmaRad, _elevationSigmaScale * inv);
        double rangeStep = Spec.RangeResolutionM;
        double azimuthStep = volume.AzimuthSpanRad / na;
        double elevationStep = (volume.MaxElevationRad - volume.MinElevationRad) / ne;
        for (int f = 0; f < n; f++)
        {
            long ri = Math.Min((long)(_rng.NextDouble() * nr), nr - 1);
            long ai = Math.Min((long)(_rng.NextDouble() * na), na - 1);
            long ei = Math.Min((long)(_rng.NextDouble() * ne), ne - 1);
            double cellStart = volume.MinRangeM + (ri * rangeStep);
            double r = Math.Min(cellStart + (0.5 * rangeStep), 0.5 * (cellStart + volume.MaxRangeM)); // the last cell may be partial
            double az = WrapTwoPi(volume.AzimuthStartRad + ((ai + 0.5) * azimuthStep));
            double el = volume.MinElevationRad + ((ei + 0.5) * elevationStep);
            var detection = new Detection(time, Site.Index, r, az, el, sR, sAz, sEl, _thresholdSnrDb);
            output.Add(new SensorReport(detection, null));
        }

        return n;
    }

    /// <summary>
    /// A true detection waiting for the resolution merge and the capacity limit, with the target's
    /// true range and angles (what decides whether two targets are resolved).
    /// </summary>
    internal readonly record struct Candidate(double RangeM, int Order, double AzimuthRad, double ElevationRad, double Snr, SensorReport Report)
    {
        /// <summary>By range, then target order.</summary>
        public static readonly IComparer<Candidate> ByRange = Comparer<Candidate>.Create(static (a, b) =>
        {
            int c = a.RangeM.CompareTo(b.RangeM);
            return c != 0 ? c : a.Order.CompareTo(b.Order);
        });
    }
}

using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Sensors;

/// <summary>
/// What a <see cref="Radar"/> look meets besides receiver noise, and the echo's dependence on
/// aspect: noise jammers received through the antenna pattern, sea clutter in the target's range
/// cell, two-ray multipath over the sea, and the target's RCS table read at this radar's aspect and
/// band. Gives the look's <see cref="LookBudget"/>, S/(N + J + C). One per radar; not thread-safe
/// (it keeps the jammers of the current scan in a scratch list). Assumptions: docs/model.md,
/// "Sea, clutter, jamming and RCS tables", and at each computation below.
/// </summary>
internal sealed class RadarInterference
{
    private readonly EnuFrame _frame;
    private readonly Vec3 _antennaEcef;
    private readonly double _antennaAltitudeM;
    private readonly double _k;
    private readonly double _kRe;
    private readonly double _antennaHorizonAngle;
    private readonly double _snrPerRcsTimesR4;
    private readonly double _rangeResolutionM;
    private readonly RadarBand _band;
    private readonly double _frequencyHz;
    private readonly double _wavelengthM;
    private readonly IJammerField? _jammerField;
    private readonly double _jamToNoisePerErpTimesR2; // G_r·λ²/((4π)²·k·T_s); J/N = ERP·this/(R²·max(B_j, B_r))
    private readonly double _receiverBandwidthHz;
    private readonly double _sidelobeGain;
    private readonly double _azimuthBeamwidthRad;
    private readonly double _elevationBeamwidthRad;
    private readonly double _clutterImprovement;
    private readonly double _rmsWaveHeightM;
    private JammerLook[] _jammerLooks = new JammerLook[4];
    private int _jammerCount;
    private double _jammersTimeS = double.NaN;

    /// <param name="frame">The radar's antenna frame.</param>
    /// <param name="antennaAltitudeM">Antenna height above the ellipsoid (taken as sea level), m.</param>
    /// <param name="k">Effective earth radius factor.</param>
    /// <param name="snrPerRcsTimesR4">The radar's SNR·R⁴/σ, m².</param>
    public RadarInterference(RadarSpec spec, EnuFrame frame, double antennaAltitudeM, double k, double snrPerRcsTimesR4, RadarEnvironment environment, IJammerField? jammers)
    {
        _frame = frame;
        _antennaEcef = frame.OriginEcef;
        _antennaAltitudeM = antennaAltitudeM;
        _k = k;
        _kRe = k * Wgs84.MeanRadius;
        _antennaHorizonAngle = RadarHorizon.HorizonAngle(antennaAltitudeM, _kRe);
        _snrPerRcsTimesR4 = snrPerRcsTimesR4;
        _rangeResolutionM = spec.RangeResolutionM;
        _band = spec.Band;
        _frequencyHz = spec.FrequencyHz;
        _wavelengthM = RadarEquation.SpeedOfLight / spec.FrequencyHz;
        Environment = environment;
        _jammerField = jammers;

        // The receiver a jammer meets: explicit parameters when the file gives them, else estimated
        // from the spec (NoiseJamming.ReceiverOf: gain from the beamwidths, bandwidth from the range
        // resolution, noise figure 3 dB assumed).
        (double gain, double wavelength, double bandwidth, double temperature) = Radar.ReceiverOf(spec);
        double fourPi = 4.0 * Math.PI;
        _jamToNoisePerErpTimesR2 = gain * wavelength * wavelength / (fourPi * fourPi * RadarEquation.Boltzmann * temperature);
        _receiverBandwidthHz = bandwidth;
        _sidelobeGain = DetectionProbability.DbToRatio(spec.SidelobeLevelDb);
        _azimuthBeamwidthRad = spec.AzimuthBeamwidthDeg * Math.PI / 180.0;
        _elevationBeamwidthRad = spec.ElevationBeamwidthDeg * Math.PI / 180.0;
        _clutterImprovement = DetectionProbability.DbToRatio(spec.ClutterImprovementDb);
        _rmsWaveHeightM = environment.Surface == SurfaceKind.Sea ? SeaClutter.RmsWaveHeightM(environment.SeaState) : 0.0;
    }

    /// <summary>Surface, sea state and multipath.</summary>
    public RadarEnvironment Environment { get; }

    private double Snr(double rcsM2, double rangeM)
    {
        double r2 = rangeM * rangeM;
        return _snrPerRcsTimesR4 * rcsM2 / (r2 * r2);
    }

    /// <summary>Reads the jammers on at <paramref name="time"/> into the scratch list: direction from the antenna (ENU unit vector) and main-lobe J/N.</summary>
    private void PrepareJammers(SimTime time)
    {
        if (time.Seconds == _jammersTimeS)
        {
            return; // already read for this instant (a scan's looks, a dwell, a budget query)
        }

        _jammersTimeS = time.Seconds;
        _jammerCount = 0;
        if (_jammerField is null)
        {
            return;
        }

        foreach (ref readonly JammerEmitter j in _jammerField.JammersAt(time))
        {
            if (!j.Covers(_frequencyHz))
            {
                continue; // the radar's frequency is outside the jammed band
            }

            Vec3 enu = _frame.ToEnu(j.PositionEcef);
            double range = enu.Length;
            if (range <= 0 || !IsAboveHorizon(j.PositionEcef, Wgs84.GeocentricHeight(j.PositionEcef)))
            {
                continue; // a jammer below this radar's horizon does not reach it (no diffraction)
            }

            // J/N at main-lobe gain: ERP·G_r·λ² / ((4π)²·R²·k·T_s·max(B_j, B_r)) (NoiseJamming.JammerToNoise).
            double jn = j.ErpToward(_antennaEcef) * _jamToNoisePerErpTimesR2 / (range * range * Math.Max(j.BandwidthHz, _receiverBandwidthHz));
            if (_jammerCount == _jammerLooks.Length)
            {
                Array.Resize(ref _jammerLooks, _jammerLooks.Length * 2);
            }

            _jammerLooks[_jammerCount++] = new JammerLook(enu * (1.0 / range), jn);
        }
    }

    private bool IsAboveHorizon(Vec3 ecef, double altitudeM) =>
        RadarHorizon.EffectiveGroundAngle(_antennaEcef, ecef, _k) <= _antennaHorizonAngle + RadarHorizon.HorizonAngle(altitudeM, _kRe);

    /// <summary>The power budget of a look at <paramref name="time"/> at a target in coverage (ENU vector and slant range from the antenna).</summary>
    public LookBudget Evaluate(SimTime time, in TargetTruth target, Vec3 enu, double rangeM)
    {
        PrepareJammers(time);
        double rcs = target.RcsM2;
        if (target.RcsTable is { } table)
        {
            (double aspectAz, double aspectEl) = Threats.RcsTable.AspectOf(target.PositionEcef, target.VelocityEcef, _antennaEcef);
            rcs = table.RcsM2(_band, aspectAz, aspectEl);
        }

        double freeSpace = Snr(rcs, rangeM);
        double f4 = 1.0;
        double thetaE = 0;
        if (Environment.Surface == SurfaceKind.Sea && Environment.Multipath)
        {
            thetaE = RadarHorizon.EffectiveGroundAngle(_antennaEcef, target.PositionEcef, _k);
            double f = TwoRayMultipath.PropagationFactor(_antennaAltitudeM, target.AltitudeM, thetaE * _kRe, _wavelengthM, _kRe, _rmsWaveHeightM, Environment.DivergenceFactor);
            double f2 = f * f;
            f4 = f2 * f2;
        }

        Vec3 beam = enu * (1.0 / rangeM);
        double jamToNoise = 0.0;
        for (int j = 0; j < _jammerCount; j++)
        {
            ref readonly JammerLook look = ref _jammerLooks[j];
            jamToNoise += look.MainLobeJamToNoise * PatternGain(beam, look.DirectionEnu);
        }

        double clutterToNoise = Environment.SeaClutter ? ClutterToNoise(beam, rangeM) : 0.0;
        double snr = freeSpace * f4;
        return new LookBudget(rangeM, rcs, f4, snr, jamToNoise, clutterToNoise, snr / (1.0 + jamToNoise + clutterToNoise));
    }

    /// <summary>
    /// Receive gain toward unit vector <paramref name="direction"/> relative to the peak, with the
    /// beam pointing along unit vector <paramref name="beam"/> (both ENU): a Gaussian main lobe,
    /// exp(−4·ln 2·((x/θ_az)² + (y/θ_el)²)) with x, y the off-axis angles in the beam's horizontal
    /// and vertical planes (−3 dB at half a beamwidth), floored at the sidelobe level; the rear
    /// hemisphere is at the sidelobe level.
    /// </summary>
    internal double PatternGain(Vec3 beam, Vec3 direction)
    {
        double along = Vec3.Dot(beam, direction);
        if (along <= 0)
        {
            return _sidelobeGain;
        }

        // Horizontal axis of the beam: up × beam (undefined only at the zenith, outside every coverage).
        var up = new Vec3(0, 0, 1);
        Vec3 h = Vec3.Cross(up, beam);
        double hl = h.Length;
        if (hl < 1e-12)
        {
            h = new Vec3(1, 0, 0);
            hl = 1;
        }

        h *= 1.0 / hl;
        Vec3 v = Vec3.Cross(beam, h);
        double x = Math.Atan2(Vec3.Dot(direction, h), along) / _azimuthBeamwidthRad;
        double y = Math.Atan2(Vec3.Dot(direction, v), along) / _elevationBeamwidthRad;
        double g = Math.Exp(-4.0 * Math.Log(2.0) * ((x * x) + (y * y)));
        return Math.Max(g, _sidelobeGain);
    }

    /// <summary>
    /// Sea clutter in the target's range cell over noise: the clutter cell (σ₀·A) seen like a
    /// target at the same range, times the two-way elevation pattern gain toward the sea surface
    /// (the beam points at the target), divided by the clutter improvement factor. Zero beyond the
    /// antenna's surface horizon, where no sea is lit at that range.
    /// </summary>
    private double ClutterToNoise(Vec3 beam, double rangeM)
    {
        double psi = SeaClutter.GrazingAngle(_antennaAltitudeM, rangeM, _kRe);
        if (psi <= 0)
        {
            return 0.0;
        }

        double sigma0 = DetectionProbability.DbToRatio(SeaClutter.Sigma0Db(psi, _frequencyHz, Environment.SeaState));
        double area = SeaClutter.CellAreaM2(rangeM, psi, _azimuthBeamwidthRad, _elevationBeamwidthRad, _rangeResolutionM);
        double beamElevation = Math.Asin(Math.Clamp(beam.Z, -1, 1));
        double offAxis = (beamElevation + SeaClutter.DepressionAngle(_antennaAltitudeM, rangeM, _kRe)) / _elevationBeamwidthRad;
        double g = Math.Max(Math.Exp(-4.0 * Math.Log(2.0) * offAxis * offAxis), _sidelobeGain);
        return Snr(sigma0 * area, rangeM) * g * g / _clutterImprovement;
    }

    /// <summary>A jammer as this radar sees it this scan: its direction (ENU unit vector) and its J/N at main-lobe gain.</summary>
    private readonly record struct JammerLook(Vec3 DirectionEnu, double MainLobeJamToNoise);
}

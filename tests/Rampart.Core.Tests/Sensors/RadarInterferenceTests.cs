using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;
using Rampart.Core.Threats;
using static Rampart.Core.Tests.Sensors.TestRadars;

namespace Rampart.Core.Tests.Sensors;

public class RadarInterferenceTests
{
    private const double Deg = Math.PI / 180.0;

    /// <summary>
    /// A search radar with explicit parameters, so the receiver is known exactly: P_t = 1 MW,
    /// G = 40 dB (1e4), λ = 0.1 m, τ = 1 µs (B_r = 1 MHz), F = 0 dB (T_s = 290 K), L = 0 dB, one
    /// pulse, sidelobes −30 dB, azimuth beam 1.5°, elevation beam 32°, no σ floors.
    /// </summary>
    private static RadarSpec Known(double clutterImprovementDb = 0.0) =>
        Search(referencePfa: 1e-6, rangeSigmaM: 0, azimuthSigmaDeg: 0, elevationSigmaDeg: 0) with
        {
            FrequencyHz = RadarEquation.SpeedOfLight / 0.1,
            Equation = new RadarEquationSpec(1e6, 40.0, 1e-6, 0.0, 0.0, 1),
            SidelobeLevelDb = -30.0,
            ClutterImprovementDb = clutterImprovementDb,
        };

    private sealed class FixedJammers(params JammerEmitter[] jammers) : IJammerField
    {
        public ReadOnlySpan<JammerEmitter> JammersAt(SimTime time) => jammers;
    }

    private static JammerEmitter Omni(Vec3 ecef, double erpW, double bandwidthHz) => new(ecef, erpW, bandwidthHz, 0.0, Vec3.Zero, -1.0, 1.0);

    [Fact]
    public void SelfScreeningJammer_BurnThroughRange_WorkedByHand()
    {
        // Burn-through (Adamy, EW 101; Schleher): S/J = P_t·G·σ·B_j / (4π·R²·ERP_j·B_r). For S/J = 10,
        // σ = 5 m², ERP_j = 10 W, B_j = 10 MHz:
        //   R_bt = sqrt(1e6·1e4·5·1e7 / (4π·10·1e6·10)) = sqrt(5e17/1.256637e9) = 19,947.11 m.
        // There, by hand: S/N = P_t·G²·λ²·σ/((4π)³·R⁴·k·T₀·B_r) = 3.975016e6 and
        // J/N = ERP·G·λ²/((4π)²·R²·k·T₀·B_j) = 3.975016e5, so S/(N + J) = 9.999975.
        const double r = 19_947.114;
        var spec = Known();
        var frame = AntennaFrame(Ground, MastHeightM);
        TargetTruth target = TargetAtEnu(frame, 1, Polar(r, 30.0, 10.0), 5.0, 1);
        var radar = new Radar("r", 0, spec, Ground, MastHeightM, null, new Random(1), jammers: new FixedJammers(Omni(target.PositionEcef, 10.0, 10e6)));

        LookBudget b = radar.Budget(SimTime.Zero, in target)!.Value;
        Assert.Equal(3.975016e6, b.Snr, 3.975016e6 * 1e-5);
        Assert.Equal(3.975016e5, b.JamToNoise, 3.975016e5 * 1e-5);
        Assert.Equal(10.0, b.Snr / b.JamToNoise, 1e-4);
        Assert.Equal(9.999975, b.Sinr, 1e-4);
        // And the library's burn-through formula gives the same range.
        Assert.Equal(r, NoiseJamming.SelfScreeningBurnThroughRangeM(10.0, 10e6, 1e10, 1e6, 5.0, 10.0), 0.01);
    }

    [Fact]
    public void StandOffJammer_ThroughSidelobes_WorkedByHand()
    {
        // Target north at 50 km; jammer east at 150 km, far outside the 1.5° beam: received at the
        // sidelobe level (−30 dB). J/N = ERP·G·SLL·λ²/((4π)²·R_j²·k·T₀·B_j) with ERP 1 kW, B_j 100 MHz:
        // 1e3·1e4·1e-3·0.01/(157.9137·2.25e10·1.380649e-23·290·1e8) = 70.2937.
        var spec = Known();
        var frame = AntennaFrame(Ground, MastHeightM);
        TargetTruth target = TargetAtEnu(frame, 1, Polar(50_000.0, 0.0, 2.0), 1.0, 1);
        Vec3 jammer = frame.ToEcef(Polar(150_000.0, 90.0, 2.0));
        var radar = new Radar("r", 0, spec, Ground, MastHeightM, null, new Random(1), jammers: new FixedJammers(Omni(jammer, 1e3, 100e6)));

        LookBudget b = radar.Budget(SimTime.Zero, in target)!.Value;
        Assert.Equal(70.2937, b.JamToNoise, 1e-3);
        Assert.Equal(b.Snr / (1.0 + 70.2937), b.Sinr, b.Sinr * 1e-5);
    }

    [Fact]
    public void StandOffJammer_HalfABeamwidthOff_IsReceivedThreeDbDown()
    {
        // Same jammer at 150 km but 0.75° (half the 1.5° azimuth beamwidth) beside a target at the
        // same elevation (0°): Gaussian main lobe exp(−4·ln 2·(½)²) = 0.5 of the main-lobe J/N.
        // Main-lobe J/N by hand: 70.2937·1000 = 70,293.7; half of it 35,146.9 (the beam's horizontal
        // off-axis angle is 0.75°·cos(el) with el ≈ −0.2° at 150 km on the 4/3 earth: 1e-5 relative).
        var spec = Known() with { MinElevationDeg = -2.0 };
        var frame = AntennaFrame(Ground, MastHeightM);
        TargetTruth target = TargetAtEnu(frame, 1, Polar(50_000.0, 0.0, 0.0), 1.0, 1);
        Vec3 jammer = frame.ToEcef(Polar(150_000.0, 0.75, 0.0));
        var radar = new Radar("r", 0, spec, Ground, MastHeightM, null, new Random(1), jammers: new FixedJammers(Omni(jammer, 1e3, 100e6)));

        LookBudget b = radar.Budget(SimTime.Zero, in target)!.Value;
        Assert.Equal(35_146.9, b.JamToNoise, 35_146.9 * 1e-3);
    }

    [Fact]
    public void Jamming_GrowsMeasurementSigma_AsBeamwidthOverRootTwoSinr()
    {
        // Target of 5 m² at 19,947 m: S/N = 3.975016e6 (above). A 1 W self-screening jammer over
        // 10 MHz gives J/N = 39,750.16, so S/(N + J) = 3.975016e6/39,751.16 = 99.9975. Then, with
        // no floors: σ_az = 1.5°/sqrt(2·99.9975) = 0.106067°, σ_r = 150 m/sqrt(2·99.9975) = 10.6067 m
        // (unjammed they would be 0.000532° and 0.0532 m: σ grows by sqrt(1 + J/N) = 199.38).
        const double r = 19_947.114;
        var spec = Known();
        var frame = AntennaFrame(Ground, MastHeightM);
        TargetTruth[] targets = [TargetAtEnu(frame, 1, Polar(r, 30.0, 10.0), 5.0, 0)];
        var jammed = new Radar("r", 0, spec, Ground, MastHeightM, null, new Random(3), jammers: new FixedJammers(Omni(targets[0].PositionEcef, 1.0, 10e6)));
        var clear = new Radar("r", 0, spec, Ground, MastHeightM, null, new Random(3));

        Detection dj = FirstTrue(jammed, targets);
        Detection dc = FirstTrue(clear, targets);
        Assert.Equal(0.106067 * Deg, dj.SigmaAzimuthRad, 1e-8);
        Assert.Equal(10.6067, dj.SigmaRangeM, 1e-3);
        Assert.Equal(20.0, dj.SnrDb, 1e-3); // 10·log10(99.9975)
        Assert.Equal(199.38, dj.SigmaAzimuthRad / dc.SigmaAzimuthRad, 0.01);
    }

    [Fact]
    public void JammerOutsideItsBand_DoesNotJam()
    {
        var spec = Known();
        var frame = AntennaFrame(Ground, MastHeightM);
        TargetTruth target = TargetAtEnu(frame, 1, Polar(20_000.0, 30.0, 10.0), 5.0, 1);
        var offBand = new JammerEmitter(target.PositionEcef, 1e3, 100e6, 9.5e9, Vec3.Zero, -1, 1); // X-band jammer, S-band radar
        var radar = new Radar("r", 0, spec, Ground, MastHeightM, null, new Random(1), jammers: new FixedJammers(offBand));
        Assert.Equal(0.0, radar.Budget(SimTime.Zero, in target)!.Value.JamToNoise);
    }

    [Fact]
    public void RcsTable_IsReadAtTheAspectSeenByThisRadar_InItsBand()
    {
        // S-band radar; a table whose S values are −20 dBsm head-on and 0 dBsm broadside, X values
        // 10 dB lower. Flying straight at the radar: head-on, 0.01 m². Flying across the line of
        // sight: broadside, 1 m².
        var table = new RcsTable([0.0, 90.0, 180.0], [0.0], new Dictionary<RadarBand, double[,]>
        {
            [RadarBand.S] = new double[,] { { -20, 0, -10 } },
            [RadarBand.X] = new double[,] { { -30, -10, -20 } },
        });
        var spec = Known();
        var frame = AntennaFrame(Ground, MastHeightM);
        var radar = new Radar("r", 0, spec, Ground, MastHeightM, null, new Random(1));
        Vec3 p = frame.ToEcef(Polar(50_000.0, 0.0, 0.0));
        double alt = Wgs84.ToGeodetic(p).AltitudeM;
        Vec3 towardRadar = (frame.OriginEcef - p).Normalized() * 250.0;
        Vec3 across = frame.RotateToEcef(new Vec3(250.0, 0, 0));
        var headOn = new TargetTruth(new EntityId(1), p, towardRadar, alt, 0.005, 1, table);
        var broadside = new TargetTruth(new EntityId(2), p, across, alt, 0.005, 1, table);

        Assert.Equal(0.01, radar.Budget(SimTime.Zero, in headOn)!.Value.RcsM2, 1e-6);
        Assert.Equal(1.0, radar.Budget(SimTime.Zero, in broadside)!.Value.RcsM2, 1e-4);
    }

    [Fact]
    public void SeaClutter_IsDividedByTheImprovementFactor_AndAbsentBeyondTheSurfaceHorizon()
    {
        // Antenna 110 m (100 m site + 10 m mast): the sea is lit out to sqrt(2·a·110) = 43.2 km.
        var sea = new RadarEnvironment(SurfaceKind.Sea, 3, Multipath: false);
        var frame = AntennaFrame(Ground, MastHeightM);
        TargetTruth low = TargetAtEnu(frame, 1, Polar(20_000.0, 0.0, -0.2), 1.0, 1);
        TargetTruth far = TargetAtEnu(frame, 2, Polar(60_000.0, 0.0, 1.0), 1.0, 1);
        var plain = new Radar("r", 0, Known(0.0), Ground, MastHeightM, null, new Random(1), environment: sea);
        var mti = new Radar("r", 0, Known(20.0), Ground, MastHeightM, null, new Random(1), environment: sea);

        double cn = plain.Budget(SimTime.Zero, in low)!.Value.ClutterToNoise;
        Assert.True(cn > 1.0, $"C/N {cn} should be large for a 1 MW radar looking at the sea");
        Assert.Equal(cn / 100.0, mti.Budget(SimTime.Zero, in low)!.Value.ClutterToNoise, cn * 1e-9);
        Assert.Equal(0.0, plain.Budget(SimTime.Zero, in far)!.Value.ClutterToNoise);
        // Over land nothing changes: no clutter, F⁴ = 1.
        var land = new Radar("r", 0, Known(0.0), Ground, MastHeightM, null, new Random(1));
        LookBudget lb = land.Budget(SimTime.Zero, in low)!.Value;
        Assert.Equal(0.0, lb.ClutterToNoise);
        Assert.Equal(1.0, lb.PropagationFactor4);
    }

    [Fact]
    public void FalseAlarms_OverASearchedDwell_MeanIsCellsTimesPfa_PlacedInTheDwell()
    {
        // A dwell of 10° azimuth from 40°, elevation 0–32°, range 1–300 km. Cells by hand: range
        // ceil(299,000/150) = ceil(1993.33) = 1994; azimuth beams ceil(10/1.5) = ceil(6.67) = 7;
        // elevation ceil(32/32) = 1: 13,958 cells. P_fa 1e-4 ⇒ mean 1.3958 per dwell. Over 20,000
        // dwells the mean's standard error is sqrt(1.3958/20000) = 0.00835; we allow 4 (0.0334).
        var spec = Search(referencePfa: 1e-4, minElevationDeg: 0.0, maxElevationDeg: 32.0);
        var radar = new Radar("r", 0, spec, Ground, MastHeightM, null, new Random(77));
        var dwell = new SearchVolume(1_000.0, 300_000.0, 40.0 * Deg, 10.0 * Deg, 0.0, 32.0 * Deg);
        Assert.Equal(13_958.0, radar.CellsIn(dwell));

        var reports = new List<SensorReport>();
        const int dwells = 20_000;
        long total = 0;
        for (int i = 0; i < dwells; i++)
        {
            reports.Clear();
            total += radar.AddFalseAlarms(new SimTime(i), in dwell, reports);
            foreach (SensorReport r in reports)
            {
                Assert.InRange(r.Detection.AzimuthRad, 40.0 * Deg, 50.0 * Deg);
                Assert.InRange(r.Detection.RangeM, 1_000.0, 300_000.0);
                // At a range cell's centre: 1,000 + (i + ½)·150, or the middle of the last, partial
                // cell (1,000 + 1993·150 = 299,950 to 300,000): 299,975.
                double cell = (r.Detection.RangeM - 1_000.0) / 150.0;
                if (r.Detection.RangeM != 299_975.0)
                {
                    Assert.Equal(0.5, cell - Math.Floor(cell), 1e-6);
                }
            }
        }

        Assert.Equal(1.3958, (double)total / dwells, 0.0334);
        // A whole scan: 1994 × ceil(360/1.5) = 240 × 1 = 478,560 cells.
        Assert.Equal(478_560.0, radar.ResolutionCells);
    }

    private static Detection FirstTrue(Radar radar, TargetTruth[] targets)
    {
        var reports = new List<SensorReport>();
        for (int scan = 0; scan < 100; scan++)
        {
            reports.Clear();
            radar.Scan(new SimTime(scan), targets, reports);
            foreach (SensorReport r in reports)
            {
                if (r.TruthId is not null)
                {
                    return r.Detection;
                }
            }
        }

        throw new InvalidOperationException("never detected");
    }
}

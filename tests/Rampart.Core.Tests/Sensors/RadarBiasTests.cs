using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;
using static Rampart.Core.Tests.Sensors.TestRadars;

namespace Rampart.Core.Tests.Sensors;

public class RadarBiasTests
{
    private const double Deg = Math.PI / 180.0;

    [Fact]
    public void Bias_ShiftsTheMeanOfEveryTargetMeasurement_AndIsNotReported()
    {
        // Same geometry as the noise test: target at ENU (20, 30, 5) km, by hand range 36,400.55 m,
        // azimuth 33.6901°, elevation 7.8951°; σ 50 m, 0.2°, 0.3°. Bias +300 m, −0.5°, +0.25°.
        // 3,000 detections: the mean's standard error is σ/√3000 (0.9 m, 0.0037°, 0.0055°); allow 5.
        var spec = Search(rangeSigmaM: 50.0, azimuthSigmaDeg: 0.2, elevationSigmaDeg: 0.3, referencePfa: 1e-9);
        var radar = new Radar("r", 0, spec, Ground, MastHeightM, null, new Random(5))
        {
            Bias = new MeasurementBias(300, -0.5 * Deg, 0.25 * Deg),
        };
        var frame = AntennaFrame(Ground, MastHeightM);
        TargetTruth[] targets = [TargetAtEnu(frame, 1, new Vec3(20_000, 30_000, 5_000), 1000.0, 1)];
        var reports = new List<SensorReport>();
        for (int scan = 0; scan < 3000; scan++)
        {
            radar.Scan(new SimTime(scan), targets, reports);
        }

        var d = reports.Where(r => r.TruthId is not null).Select(r => r.Detection).ToArray();
        Assert.True(d.Length > 2990);
        Assert.Equal(36_400.55 + 300, d.Average(x => x.RangeM), 5 * 50 / Math.Sqrt(d.Length));
        Assert.Equal((33.6901 - 0.5) * Deg, d.Average(x => x.AzimuthRad), 5 * 0.2 * Deg / Math.Sqrt(d.Length));
        Assert.Equal((7.8951 + 0.25) * Deg, d.Average(x => x.ElevationRad), 5 * 0.3 * Deg / Math.Sqrt(d.Length));

        // The radar does not know its bias: it reports its noise sigmas only.
        Assert.All(d, x => Assert.Equal(50.0, x.SigmaRangeM, 1e-9));
    }
}

using Rampart.Core.Sensors;
using static Rampart.Core.Tests.Sensors.TestRadars;

namespace Rampart.Core.Tests.Sensors;

public sealed class ResolutionTests
{
    // The test radar: 150 m range cells, 1.5° azimuth beam, 32° elevation beam; 10 m² at 20 km is
    // ~ 60.9 × 10 × 5⁴ = 380,000 times the reference SNR: detected on every look.

    [Theory]
    [InlineData(50.0, 0.0, 1)]     // 50 m apart in range, same direction: one cell, one detection
    [InlineData(200.0, 0.0, 2)]    // 200 m > 150 m: resolved in range
    [InlineData(50.0, 3.0, 2)]     // same range, 3° apart > 1.5° beam: resolved in angle
    public void TargetsInOneResolutionCell_GiveOneDetection(double rangeApartM, double azimuthApartDeg, int expectedPerScan)
    {
        var radar = new Radar("r", 0, Search(referencePfa: 1e-12), Ground, MastHeightM, null, new Random(9));
        var frame = AntennaFrame(Ground, MastHeightM);
        var targets = new[]
        {
            TargetAtEnu(frame, 1, Polar(20_000, 30, 2), 10, 0),
            TargetAtEnu(frame, 2, Polar(20_000 + rangeApartM, 30 + azimuthApartDeg, 2), 5, 0),
        };
        var output = new List<SensorReport>();
        for (int scan = 0; scan < 10; scan++)
        {
            radar.Scan(new Rampart.Core.Kernel.SimTime(scan), targets, output);
        }

        Assert.Equal(10 * expectedPerScan, CountTrue(output, 1) + CountTrue(output, 2));
        if (expectedPerScan == 1)
        {
            // The stronger echo (10 m² against 5 m², nearer) is the one kept.
            Assert.Equal(10, CountTrue(output, 1));
        }
    }
}

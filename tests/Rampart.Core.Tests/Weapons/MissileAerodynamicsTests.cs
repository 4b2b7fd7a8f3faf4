using Rampart.Core.Weapons;

namespace Rampart.Core.Tests.Weapons;

/// <summary>The lateral-acceleration limits: structure, dynamic pressure and divert thrusters.</summary>
public class MissileAerodynamicsTests
{
    private const double G0 = 9.80665;

    // Densities of the US Standard Atmosphere 1976 tables (NOAA/NASA/USAF 1976), kg/m³.
    private const double Rho10Km = 0.41351;
    private const double Rho20Km = 0.088910;
    private const double Rho30Km = 0.018410;
    private const double Rho40Km = 0.0039957;

    [Fact]
    public void QLimitedAcceleration_FallsWithAltitude_AsWorkedByHand()
    {
        // The test 48N6: burn-out mass 835 kg, A = π·0.519²/4 = 0.2115556 m², 20 g structural.
        // CNmax is anchored at 20 g at sea level, Mach 2: q_ref = ½·1.225·(2·340.294)² = 283,710 Pa,
        // CNmax = 20·9.80665·835 / (283,710·0.2115556) = 2.72859. At 1,500 m/s, a = q·A·CNmax/m:
        //   10 km: q = 465,199 Pa → 136 g, capped at the structural 20 g = 196.133 m/s²
        //   20 km: q = 100,024 Pa → 69.148 m/s²
        //   30 km: q =  20,711 Pa → 14.318 m/s²
        //   40 km: q =   4,495 Pa →  3.1076 m/s²
        var aero = new MissileAerodynamics(TestMissiles.Spec48N6);
        double[] expected = [196.133, 69.148, 14.318, 3.1076];
        double[] rho = [Rho10Km, Rho20Km, Rho30Km, Rho40Km];
        double previous = double.PositiveInfinity;
        for (int i = 0; i < rho.Length; i++)
        {
            double q = 0.5 * rho[i] * 1500.0 * 1500.0;
            double a = aero.LateralCapacity(q, 835.0, endgame: false);
            Assert.Equal(expected[i], a, expected[i] * 2e-4);
            Assert.True(a < previous, $"capacity must fall with altitude: {a} m/s² after {previous} m/s²");
            previous = a;
        }
    }

    [Fact]
    public void Divert_AddsItsAccelerationInTheEndGameOnly_UpToTheStructuralLimit()
    {
        // 10 g of divert at 40 km (aero 3.1076 m/s², see above): 3.1076 + 98.0665 = 101.174 m/s²
        // in the end game, 3.1076 before it; at 20 km (69.148) the sum 167.21 is still under the
        // 196.133 m/s² structural limit, at 10 km the limit caps it.
        var aero = new MissileAerodynamics(TestMissiles.Spec48N6 with { DivertAccelerationG = 10 });
        double q40 = 0.5 * Rho40Km * 1500.0 * 1500.0;
        double q20 = 0.5 * Rho20Km * 1500.0 * 1500.0;
        double q10 = 0.5 * Rho10Km * 1500.0 * 1500.0;
        Assert.Equal(3.1076, aero.LateralCapacity(q40, 835.0, endgame: false), 1e-3);
        Assert.Equal(101.174, aero.LateralCapacity(q40, 835.0, endgame: true), 1e-2);
        Assert.Equal(167.21, aero.LateralCapacity(q20, 835.0, endgame: true), 2e-2);
        Assert.Equal(20 * G0, aero.LateralCapacity(q10, 835.0, endgame: true), 1e-9);
    }
}

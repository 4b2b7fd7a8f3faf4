using Rampart.Core.Geo;
using Rampart.Core.Weapons;

namespace Rampart.Core.Tests.Weapons;

public class BallisticArcTests
{
    private const double Mu = 3.986004418e14; // WGS-84 GM, m³/s² (NIMA TR8350.2)

    [Fact]
    public void FromRest_DropsHalfGTSquared()
    {
        // At rest 100 km above the equator's radius a = 6,378,137 m: r = 6,478,137 m,
        // g = μ/r² = 3.986004418e14 / 4.196627e13 = 9.4981 m/s². Over 20 s, ½·g·t² = 1,899.6 m;
        // g grows by 2·1.9 km / 6,478 km = 0.06 % during the fall, < 0.6 m more.
        var p = new Vec3(6_478_137, 0, 0);
        Vec3 q = BallisticArc.StateAt(p, Vec3.Zero, 20.0, out Vec3 v);
        Assert.InRange(p.X - q.X, 1_899.4, 1_900.4);
        Assert.InRange(-v.X, 189.9, 190.1); // g·t = 189.96 m/s
        Assert.Equal(0.0, q.Y, 9);
        Assert.Equal(0.0, q.Z, 9);
    }

    [Fact]
    public void Arc_ConservesEnergyAndAngularMomentum()
    {
        // Drag-free central gravity (Kepler): ½v² − μ/r and |r × v| are constant. A 2 km/s
        // missile climbing at 45° from 30 km, followed for 300 s.
        var p = new Vec3(6_408_137, 0, 0);
        var v0 = new Vec3(1_414.2, 1_414.2, 0);
        Vec3 q = BallisticArc.StateAt(p, v0, 300.0, out Vec3 v);
        double e0 = (0.5 * v0.LengthSquared) - (Mu / p.Length), e1 = (0.5 * v.LengthSquared) - (Mu / q.Length);
        double h0 = Vec3.Cross(p, v0).Length, h1 = Vec3.Cross(q, v).Length;
        Assert.True(Math.Abs(e1 - e0) < 1e-3 * Math.Abs(e0), $"energy {e0} -> {e1}");
        Assert.True(Math.Abs(h1 - h0) < 1e-6 * h0, $"angular momentum {h0} -> {h1}");
        // It has climbed and come down (apogee at about v_z²/(2g) ≈ 1,414²/19.6 ≈ 100 km above the start), not flown straight.
        Assert.True(q.Length - p.Length < 20_000, $"{(q.Length - p.Length) / 1000:F1} km above the start after 300 s");
    }

    [Fact]
    public void ZeroOrNegativeTime_ReturnsTheState()
    {
        var p = new Vec3(6_400_000, 1, 2);
        Assert.Equal(p, BallisticArc.PositionAt(p, new Vec3(1, 2, 3), 0.0));
    }

    [Fact]
    public void Prediction_GoesStraight_WhenDescendingBelowTheDenseAirCeiling()
    {
        // 30 km above the equator's radius, diving at 2 km/s (vertical 1 km/s down): already below
        // the 40 km ceiling and descending, so the prediction is the straight line p + v·t.
        var p = new Vec3(6_408_137, 0, 0);
        var v = new Vec3(-1_000, 1_732, 0);
        Vec3 q = BallisticArc.PredictedPositionAt(p, v, 10.0);
        Assert.True(Vec3.Distance(p + (v * 10.0), q) < 1e-6);
        // Climbing through the same height it follows the arc instead: ½·g·t² with
        // g = μ/r² = 3.986e14 / 6.408e6² ≈ 9.71 m/s² is 485 m off the line after 10 s (g weakens
        // by 0.5 % over the 17 km climbed, and "down" turns by 0.15°: within 470–500 m).
        var up = new Vec3(1_000, 1_732, 0);
        Vec3 climbing = BallisticArc.PredictedPositionAt(p, up, 10.0);
        Assert.InRange(Vec3.Distance(p + (up * 10.0), climbing), 470, 500);
    }
}

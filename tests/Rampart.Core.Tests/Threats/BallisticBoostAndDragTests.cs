using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Threats;

namespace Rampart.Core.Tests.Threats;

public class BallisticBoostAndDragTests
{
    private const double G0 = 9.80665;

    private static readonly GeodeticPosition Launch = new(50.0, 36.0, 0);
    private static readonly GeodeticPosition Aim = GreatCircle.Destination(Launch, 250.0 * Math.PI / 180.0, 300_000.0);
    private static readonly BallisticPlan Plan = new(Launch, Aim, BallisticTrajectoryKind.MinimumEnergy);

    // Test bodies (order-of-magnitude values, not data): a 2,100 m/s missile with a given β (kg/m²)
    // and boost time (s).
    private static ThreatSpec Spec(double beta, double boostS = 0) =>
        new("test-tbm", ThreatCategory.BallisticMissile, 0.05, 1, 0, 3000, 20, 2100, beta) { BoostTimeS = boostS };

    private static double Speed(BallisticMover m, double t)
    {
        m.StateAt(t, out _, out Vec3 v);
        return v.Length;
    }

    [Fact]
    public void Boost_SpeedRisesLinearlyAndDistanceQuadratically_ToBurnout()
    {
        // Hand-worked: constant acceleration a = v_bo/T_b from rest; at T_b/2 the speed is v_bo/2 and
        // the distance a(T_b/2)²/2 = v_bo·T_b/8; at T_b, v_bo and v_bo·T_b/2.
        const double boost = 60.0;
        var m = new BallisticMover(Plan, Spec(5000, boost), 0.0);
        double v = m.BurnoutSpeedMps;
        Vec3 launch = Wgs84.ToEcef(Launch);
        m.StateAt(boost / 2, out Vec3 pHalf, out Vec3 vHalf);
        m.StateAt(boost, out Vec3 pEnd, out Vec3 vEnd);
        Assert.Equal(v / 2, vHalf.Length, 1e-6 * v);
        Assert.Equal(v * boost / 8, Vec3.Distance(pHalf, launch), 1e-3);
        Assert.Equal(v, vEnd.Length, 1e-6 * v);
        Assert.Equal(v * boost / 2, Vec3.Distance(pEnd, launch), 1e-3);
        Assert.Equal(boost, m.BurnoutTimeS);
    }

    [Fact]
    public void Boost_BurnoutIsHighAboveTheLaunchPoint_AndTheImpactStillOnTheAim()
    {
        var m = new BallisticMover(Plan, Spec(5000, 60), 0.0);
        // Burn-out altitude ≈ (v·T_b/2)·sin γ: tens of kilometres for 2 km/s and 60 s at γ ≈ 44°.
        double burnoutAltitude = m.AltitudeAt(60);
        double expected = m.BurnoutSpeedMps * 30 * Math.Sin(m.FlightPathAngleRad);
        Assert.InRange(burnoutAltitude, 0.97 * expected, 1.03 * expected); // curvature: the line rises above the sphere
        Assert.True(GreatCircle.DistanceM(m.FinalPoint, Aim) < BallisticMover.AimToleranceM);
    }

    [Fact]
    public void Vacuum_ImpactSpeedEqualsBurnoutSpeed()
    {
        // Energy conservation: without drag, impact at the launch altitude comes at the burn-out speed.
        var m = new BallisticMover(Plan, Spec(double.PositiveInfinity), 0.0);
        Assert.Equal(m.BurnoutSpeedMps, Speed(m, m.EndS), 0.005 * m.BurnoutSpeedMps);
    }

    [Fact]
    public void Drag_SlowsTheReentryVehicle_ComparedWithVacuum()
    {
        var vacuum = new BallisticMover(Plan, Spec(double.PositiveInfinity), 0.0);
        var drag = new BallisticMover(Plan, Spec(5000), 0.0);
        Assert.True(Speed(drag, drag.EndS) < 0.8 * Speed(vacuum, vacuum.EndS));
    }

    [Fact]
    public void Drag_LowBallisticCoefficient_ImpactsNearItsSeaLevelTerminalVelocity()
    {
        // Hand-worked: terminal velocity where drag balances gravity, ρv²/(2β) = g, at sea level
        // (ρ₀ = 1.225 kg/m³, US Std Atmosphere 1976): v_t = √(2βg/ρ₀) = √(2·1000·9.80665/1.225)
        // = 126.5 m/s for β = 1,000 kg/m². A body that has lost nearly all its 2 km/s speed to
        // drag reaches the ground near v_t: a little below for a path not quite vertical
        // (v = √(2βg·sin γ/ρ)), a little above because ρ grows as it falls and v lags behind.
        const double beta = 1000.0;
        double terminal = Math.Sqrt(2 * beta * G0 / 1.225);
        var m = new BallisticMover(Plan, Spec(beta), 0.0);
        Assert.InRange(Speed(m, m.EndS), 0.8 * terminal, 1.3 * terminal);
    }
}

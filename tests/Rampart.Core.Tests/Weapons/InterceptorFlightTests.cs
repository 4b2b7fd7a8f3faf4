using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;
using Rampart.Core.Weapons;

namespace Rampart.Core.Tests.Weapons;

/// <summary>Flight mechanics without a target: integrator, motor, self-destruct.</summary>
public class InterceptorFlightTests
{
    // A target far away behind the launcher: the missile never approaches it (no fuzing, no lock).
    private static readonly TargetTruth FarAway = TestMissiles.Truth(new Vec3(-2e7, 0, 0), Vec3.Zero);

    private static Interceptor Launch(MissileSpec spec) =>
        new(new EntityId(1), spec, TestMissiles.LauncherEcef, SimTime.Zero, new Random(7));

    /// <summary>Steps without track data (the missile flies straight up) to <paramref name="until"/> s.</summary>
    private static InterceptorStepResult FlyVertical(Interceptor missile, double dt, double until)
    {
        var result = default(InterceptorStepResult);
        int steps = (int)Math.Round(until / dt);
        for (int k = 0; k < steps && result.Kind == InterceptorStepKind.Flying; k++)
        {
            result = missile.Step(dt, FarAway, FarAway);
        }

        return result;
    }

    /// <summary>|J2 gravitation + centrifugal| at a point, m/s² (checked against WGS-84 normal gravity in EarthGravityTests).</summary>
    private static double EffectiveGravity(Vec3 r) => (EarthGravity.Gravitation(r) + EarthGravity.Centrifugal(r)).Length;

    [Theory]
    [InlineData(ProportionalNavigationLaw.True)]
    [InlineData(ProportionalNavigationLaw.Pure)]
    [InlineData(ProportionalNavigationLaw.Augmented)]
    public void Ballistic_IntegratorError_FallsSixteenfoldPerHalvedStep(ProportionalNavigationLaw law)
    {
        // Drag-free, thrust-free flight from 100 km up at 3 km/s, 45° above the horizontal, for
        // 300 s (a ~230 km-high arc). With no applied force the Jacobi integral
        // J = ½|v|² + U(r), U = −μ/r·[1 − J2(a/r)²P₂] − ½ω²(x² + y²), is exactly constant in the
        // rotating frame (the Coriolis force does no work), so its drift is the integrator's error.
        // RK4's global error goes as dt⁴: halving dt divides it by 2⁴ = 16 (accepted 12–20).
        // The guidance law must not matter: there is no target data, so no command.
        var spec = TestMissiles.Spec48N6 with
        {
            ThrustN = 0, PropellantMassKg = 0, EjectionDelayS = 0, DragMach = [0.0], DragCd = [0.0],
            MinSpeedMps = 0, MaxFlightTimeS = 10_000, GuidanceLaw = law,
        };
        var site = new GeodeticPosition(30.0, 10.0, 100_000.0);
        var frame = new EnuFrame(site);
        Vec3 v0 = frame.RotateToEcef(new Vec3(0, 3000 * Math.Sqrt(0.5), 3000 * Math.Sqrt(0.5)));
        double[] steps = [4.0, 2.0, 1.0];
        double[] error = new double[steps.Length];
        for (int k = 0; k < steps.Length; k++)
        {
            var missile = new Interceptor(new EntityId(1), spec, Wgs84.ToEcef(site), SimTime.Zero, new Random(7), v0);
            double j0 = Jacobi(missile);
            int n = (int)Math.Round(300.0 / steps[k]);
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(InterceptorStepKind.Flying, missile.Step(steps[k], FarAway, FarAway).Kind);
            }

            error[k] = Math.Abs(Jacobi(missile) - j0);
        }

        Assert.True(error[0] / error[1] is > 12.0 and < 20.0, $"errors {error[0]}, {error[1]}, {error[2]} J/kg");
        Assert.True(error[1] / error[2] is > 12.0 and < 20.0, $"errors {error[0]}, {error[1]}, {error[2]} J/kg");
        Assert.True(error[2] < 1e-3, $"dt = 1 s drifts {error[2]} J/kg");
    }

    private static double Jacobi(Interceptor m) => (0.5 * m.VelocityEcef.LengthSquared) + EarthGravity.EffectivePotential(m.PositionEcef);

    [Fact]
    public void VacuumVerticalBurn_MatchesRocketEquation()
    {
        // Vertical flight in vacuum: v(13 s) = 30 − g·13 + ve·ln(m0/mf), with ve = F·tb/mp =
        // 227500·12/1000 = 2730 m/s and ln(1835/835) = 0.787401, so Δv = 2149.60 m/s; g = the
        // effective gravity (J2 gravitation plus centrifugal) at the launcher. Bound: g falls by
        // 2h/R over the climb (h < 15 km: < 0.5 %), which is worth < 0.4 m/s over 13 s; the
        // Coriolis term turns the velocity sideways without changing its length; tolerance 0.5 m/s.
        var spec = TestMissiles.Spec48N6 with { DragMach = [0.0], DragCd = [0.0] };
        var missile = Launch(spec);
        FlyVertical(missile, 0.1, 13.0);
        double g = EffectiveGravity(TestMissiles.LauncherEcef);
        double expected = 30.0 - (g * 13.0) + (2730.0 * Math.Log(1835.0 / 835.0));
        Assert.Equal(InterceptorPhase.Coast, missile.Phase);
        Assert.Equal(835.0, missile.MassKg, 9);
        Assert.InRange(missile.VelocityEcef.Length, expected - 0.5, expected + 0.5);
    }

    [Fact]
    public void Integrator_HalvingTheStep_ConvergesAtFourthOrder()
    {
        // Powered vertical flight to 8 s, drag-free: the atmosphere table's piecewise-linear
        // density has kinks that would cost RK4 its order, and this test is about the motor's
        // on/off discontinuities (the sub-steps split there) and the rotating earth's terms.
        // RK4's global error goes as dt⁴, so the differences between successive halvings of dt
        // shrink by 2⁴ = 16. The steps are small because right after ignition the velocity
        // direction changes on a time scale |v|/a ≈ 20/124 ≈ 0.16 s; dt must be well below it
        // to be in the asymptotic regime.
        var spec = TestMissiles.Spec48N6 with { DragMach = [0.0], DragCd = [0.0] };
        Vec3[] end = new Vec3[3];
        double[] steps = [0.04, 0.02, 0.01];
        for (int k = 0; k < 3; k++)
        {
            var missile = Launch(spec);
            FlyVertical(missile, steps[k], 8.0);
            end[k] = missile.PositionEcef;
        }

        double coarse = Vec3.Distance(end[0], end[1]);
        double fine = Vec3.Distance(end[1], end[2]);
        Assert.True(coarse / fine is > 12.0 and < 20.0, $"differences {coarse} m, {fine} m");
        Assert.True(fine < 1e-2, $"dt = 0.02 → 0.01 changed the position by {fine} m");
    }

    [Fact]
    public void SelfDestructs_WhenSlowerThanMinimumAfterBurnout()
    {
        // The motor burns out at 1 + 12 = 13 s at about 2 km/s: a 5 km/s floor is broken at once.
        var missile = Launch(TestMissiles.Spec48N6 with { MinSpeedMps = 5000 });
        var result = FlyVertical(missile, 0.1, 30.0);
        Assert.Equal(InterceptorStepKind.Destroyed, result.Kind);
        Assert.Equal(InterceptorDestructReason.Energy, result.Reason);
        Assert.Equal(13.0, result.Time.Seconds, 6);
    }

    [Fact]
    public void SelfDestructs_AtMaximumFlightTime()
    {
        var missile = Launch(TestMissiles.Spec48N6 with { MaxFlightTimeS = 5 });
        var result = FlyVertical(missile, 0.1, 30.0);
        Assert.Equal(InterceptorDestructReason.Timeout, result.Reason);
        Assert.Equal(5.0, result.Time.Seconds, 6);
    }

    [Fact]
    public void MissileWithoutMotor_FallsBackToGround_AfterBallisticHop()
    {
        // Ejected at 30 m/s with no thrust from a launcher 200 m above the ellipsoid. With no
        // terrain model the ground is 1 m below the ellipsoid (the lower of 0 and the launcher's
        // height, minus 1 m), so t solves 200 + 30t − g·t²/2 = −1: t = (30 + √(900 + 2g·201))/g
        // ≈ 9.85 s. Drag is negligible (below ½·1.2·70²·0.25·0.21/1835 ≈ 0.09 m/s²).
        var missile = Launch(TestMissiles.Spec48N6 with { ThrustN = 0, MinSpeedMps = 0 });
        var result = FlyVertical(missile, 0.05, 30.0);
        double g = EffectiveGravity(TestMissiles.LauncherEcef);
        double expected = (30.0 + Math.Sqrt(900.0 + (2 * g * 201.0))) / g;
        Assert.Equal(InterceptorDestructReason.Ground, result.Reason);
        Assert.InRange(result.Time.Seconds, expected - 0.1, expected + 0.1);
    }
}

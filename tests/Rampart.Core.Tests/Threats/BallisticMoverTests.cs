using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Threats;

namespace Rampart.Core.Tests.Threats;

public class BallisticMoverTests
{
    private const double Start = 30.0;
    private const double RangeM = 300_000.0;

    // A test SRBM of the Iskander class: 2,100 m/s burn-out speed and β = 10,000 kg/m² are
    // order-of-magnitude test values (a ~2 t body, 0.92 m diameter, Cd ≈ 0.3), not data.
    private static readonly ThreatSpec Srbm = new("test-srbm", ThreatCategory.BallisticMissile, 0.5, 1, 0, 2500, 20, 2100, 10_000);

    private static readonly GeodeticPosition Launch = new(50.0, 36.0, 150);
    private static readonly GeodeticPosition Aim = GreatCircle.Destination(Launch, 250.0 * Math.PI / 180.0, RangeM).WithAltitude(120);

    private static BallisticMover Fly(BallisticTrajectoryKind kind) => new(new BallisticPlan(Launch, Aim, kind), Srbm, Start);

    [Theory]
    [InlineData(BallisticTrajectoryKind.MinimumEnergy)]
    [InlineData(BallisticTrajectoryKind.Lofted)]
    [InlineData(BallisticTrajectoryKind.Depressed)]
    public void Impact_IsWithin50mOfTheAimPoint(BallisticTrajectoryKind kind)
    {
        BallisticMover m = Fly(kind);
        m.StateAt(m.EndS, out Vec3 impact, out _);
        Assert.True(Vec3.Distance(Wgs84.ToEcef(Aim), impact) < 50.0, $"{kind}: {Vec3.Distance(Wgs84.ToEcef(Aim), impact):F1} m");
        Assert.True(GreatCircle.DistanceM(Aim, m.FinalPoint) < 50.0);
        Assert.Equal(Aim.AltitudeM, m.AltitudeAt(m.EndS), 0.1);
    }

    [Fact]
    public void State_AtLaunch_IsTheLaunchPointAtBurnoutSpeed()
    {
        BallisticMover m = Fly(BallisticTrajectoryKind.MinimumEnergy);
        m.StateAt(Start, out Vec3 p, out Vec3 v);
        Assert.True(Vec3.Distance(Wgs84.ToEcef(Launch), p) < 1e-6);
        Assert.Equal(m.BurnoutSpeedMps, v.Length, 1e-6);
        Assert.Equal(Start, m.StartS);
    }

    [Fact]
    public void MinimumEnergy_ApogeeIsAboutAQuarterOfTheRange()
    {
        // Flat-earth vacuum minimum-energy shot (45°): apogee = R/4 = 75 km. On the sphere in
        // vacuum it is 74.2 km (conic worked separately); re-entry drag raises the burn-out speed
        // the shooting needs, and so the apogee, by a few per cent. Tolerance ±10 %.
        BallisticMover m = Fly(BallisticTrajectoryKind.MinimumEnergy);
        Assert.InRange(m.ApogeeAltitudeM, 0.9 * RangeM / 4, 1.1 * RangeM / 4);

        // The stored apogee is the highest point the mover reports.
        double highest = 0;
        for (double t = m.StartS; t <= m.EndS; t += 1.0)
        {
            highest = Math.Max(highest, m.AltitudeAt(t));
        }

        Assert.Equal(highest, m.ApogeeAltitudeM, 1.0);
    }

    [Fact]
    public void MinimumEnergy_FlightPathAngleIs45DegreesLessAQuarterOfTheRangeAngle()
    {
        // Wheelon: γ = 45° − θ/4, θ = 300 km / R = 2.70° → 44.33°. The trajectory uses the
        // geocentric central angle, which differs from the mean-sphere one by ~0.3 %.
        BallisticMover m = Fly(BallisticTrajectoryKind.MinimumEnergy);
        double theta = RangeM / Wgs84.MeanRadius;
        Assert.Equal((Math.PI / 4) - (theta / 4), m.FlightPathAngleRad, 1e-4);
    }

    [Fact]
    public void MinimumEnergy_TimeOfFlightIsAboutFourMinutes()
    {
        // Flat-earth vacuum estimate: v = sqrt(g·R) = 1715 m/s, t = √2·v/g = 247 s. On the sphere
        // in vacuum it is 251 s (integrated separately), drag on re-entry slows the last seconds.
        // Tolerance ±10 %.
        BallisticMover m = Fly(BallisticTrajectoryKind.MinimumEnergy);
        Assert.InRange(m.EndS - m.StartS, 0.9 * 247, 1.1 * 247);
    }

    [Fact]
    public void MinimumEnergy_ReentrySpeed_IsInThePublishedBandForShortRangeMissiles()
    {
        // REFERENCE.md: tactical ballistic missiles re-enter at 1.5–3 km/s; for ~300 km
        // (Iskander-class) about 2 km/s is quoted. We take the re-entry speed as the highest speed
        // on the descending branch and expect the lower part of that band, 1.5–2.2 km/s. The
        // model sits near its bottom (about 1.52 km/s with this β): burn-out at the launch point
        // on a minimum-energy arc needs only ~1.7 km/s, and drag takes its peak at ~20 km.
        BallisticMover m = Fly(BallisticTrajectoryKind.MinimumEnergy);
        double reentry = 0;
        for (double t = m.StartS; t <= m.EndS; t += 0.25)
        {
            m.StateAt(t, out Vec3 p, out Vec3 v);
            if (Vec3.Dot(p, v) < 0)
            {
                reentry = Math.Max(reentry, v.Length);
            }
        }

        Assert.InRange(reentry, 1500.0, 2200.0);

        // Drag slows it before impact.
        m.StateAt(m.EndS, out _, out Vec3 vImpact);
        Assert.True(vImpact.Length < reentry);
    }

    [Fact]
    public void Apogee_LoftedAboveMinimumEnergyAboveDepressed()
    {
        BallisticMover lofted = Fly(BallisticTrajectoryKind.Lofted);
        BallisticMover minimum = Fly(BallisticTrajectoryKind.MinimumEnergy);
        BallisticMover depressed = Fly(BallisticTrajectoryKind.Depressed);
        Assert.True(lofted.ApogeeAltitudeM > minimum.ApogeeAltitudeM);
        Assert.True(minimum.ApogeeAltitudeM > depressed.ApogeeAltitudeM);

        // A steeper shot also flies longer, and either departure from minimum energy needs more speed.
        Assert.True(lofted.EndS > minimum.EndS && minimum.EndS > depressed.EndS);
        Assert.True(lofted.BurnoutSpeedMps > minimum.BurnoutSpeedMps);
        Assert.True(depressed.BurnoutSpeedMps > minimum.BurnoutSpeedMps);
    }

    [Fact]
    public void Vacuum_MinimumEnergySpeed_MatchesWheelonClosedForm()
    {
        // Wheelon (1959): the minimum-energy burn-out speed for central angle θ between points at
        // the same radius r is v² = (μ/r)·2 sin(θ/2) / (1 + sin(θ/2)). On the equator geodetic and
        // geocentric coincide and r = a at both ends. θ = 3°: sin(1.5°) = 0.026177,
        // v² = 6.24957e7 × 0.051018 m²/s², v = 1,785.6 m/s by hand.
        var launch = new GeodeticPosition(0, 20, 0);
        var aim = new GeodeticPosition(0, 23, 0);
        double theta = 3.0 * Math.PI / 180.0;
        double sinHalf = Math.Sin(theta / 2);
        double expected = Math.Sqrt(Wgs84.GravitationalParameter / Wgs84.SemiMajorAxis * 2 * sinHalf / (1 + sinHalf));
        Assert.Equal(1785.6, expected, 0.1);

        ThreatSpec vacuum = Srbm with { ReentryBallisticCoefficient = double.PositiveInfinity };
        var m = new BallisticMover(new BallisticPlan(launch, aim, BallisticTrajectoryKind.MinimumEnergy), vacuum, 0);
        Assert.Equal(expected, m.BurnoutSpeedMps, 1e-4 * expected);

        // In vacuum energy is conserved: impact speed at the launch radius equals burn-out speed.
        m.StateAt(m.EndS, out _, out Vec3 vImpact);
        Assert.Equal(m.BurnoutSpeedMps, vImpact.Length, 0.05);
    }

    [Fact]
    public void Vacuum_InterpolatedStates_ConserveOrbitalEnergy()
    {
        // Between samples the state is a cubic Hermite interpolation; in vacuum v²/2 − μ/r must
        // stay constant, which checks integration and interpolation against physics.
        ThreatSpec vacuum = Srbm with { ReentryBallisticCoefficient = double.PositiveInfinity };
        var m = new BallisticMover(new BallisticPlan(Launch, Aim, BallisticTrajectoryKind.Lofted), vacuum, Start);
        double e0 = Energy(m, Start);
        for (double t = Start + 0.13; t < m.EndS; t += 7.37)
        {
            Assert.Equal(e0, Energy(m, t), 1e-6 * Math.Abs(e0));
        }
    }

    [Fact]
    public void Velocity_AgreesWithRateOfChangeOfPosition()
    {
        BallisticMover m = Fly(BallisticTrajectoryKind.MinimumEnergy);
        foreach (double t in new[] { Start + 10.3, Start + 120.1, m.EndS - 5.2 })
        {
            m.StateAt(t - 0.05, out Vec3 before, out _);
            m.StateAt(t + 0.05, out Vec3 after, out _);
            m.StateAt(t, out _, out Vec3 v);
            Assert.True(Vec3.Distance((after - before) / 0.1, v) < 1.0, $"at t={t}");
        }
    }

    [Fact]
    public void State_OutsideTheFlight_IsClampedToLaunchAndImpact()
    {
        BallisticMover m = Fly(BallisticTrajectoryKind.Depressed);
        m.StateAt(Start - 10, out Vec3 before, out _);
        m.StateAt(m.EndS + 10, out Vec3 after, out _);
        Assert.True(Vec3.Distance(Wgs84.ToEcef(Launch), before) < 1e-6);
        Assert.True(Vec3.Distance(Wgs84.ToEcef(m.FinalPoint), after) < 1e-3);
    }

    [Fact]
    public void WithStartTime_FliesTheSameTrajectoryShiftedInTime()
    {
        BallisticMover first = Fly(BallisticTrajectoryKind.MinimumEnergy);
        BallisticMover second = first.WithStartTime(Start + 12.5);
        Assert.Equal(Start + 12.5, second.StartS);
        Assert.Equal(first.EndS + 12.5, second.EndS, 1e-9);
        first.StateAt(Start + 100, out Vec3 p1, out Vec3 v1);
        second.StateAt(Start + 112.5, out Vec3 p2, out Vec3 v2);
        Assert.Equal(p1, p2);
        Assert.Equal(v1, v2);
    }

    [Fact]
    public void Constructor_RejectsAnAimBeyondReach_WithAClearMessage()
    {
        // 300 km needs about 1.7 km/s; 1.1 × 1,000 m/s is not enough.
        ThreatSpec weak = Srbm with { BurnoutSpeedMps = 1000 };
        var ex = Assert.Throws<ArgumentException>(() => new BallisticMover(new BallisticPlan(Launch, Aim, BallisticTrajectoryKind.MinimumEnergy), weak, 0));
        Assert.Contains("cannot reach", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1000 m/s", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_AllowsTenPercentAboveThePublishedBurnoutSpeed()
    {
        // Vacuum, θ = 3° on the equator needs 1,785.6 m/s (Wheelon, see above): a spec of
        // 1,640 m/s allows 1,804 m/s and is accepted; 1,600 m/s allows 1,760 m/s and is refused.
        var plan = new BallisticPlan(new GeodeticPosition(0, 20, 0), new GeodeticPosition(0, 23, 0), BallisticTrajectoryKind.MinimumEnergy);
        ThreatSpec vacuum = Srbm with { ReentryBallisticCoefficient = double.PositiveInfinity };
        _ = new BallisticMover(plan, vacuum with { BurnoutSpeedMps = 1640 }, 0);
        Assert.Throws<ArgumentException>(() => new BallisticMover(plan, vacuum with { BurnoutSpeedMps = 1600 }, 0));
    }

    [Fact]
    public void Constructor_RejectsANonBallisticSpec()
    {
        ThreatSpec cruise = Srbm with { BurnoutSpeedMps = 0, ReentryBallisticCoefficient = 0 };
        Assert.Throws<ArgumentException>(() => new BallisticMover(new BallisticPlan(Launch, Aim, BallisticTrajectoryKind.MinimumEnergy), cruise, 0));
    }

    [Fact]
    public void StateAt_DoesNotAllocate()
    {
        BallisticMover m = Fly(BallisticTrajectoryKind.MinimumEnergy);
        m.StateAt(Start + 1, out _, out _); // warm up (JIT)
        long before = GC.GetAllocatedBytesForCurrentThread();
        double sum = 0;
        for (int i = 0; i < 1000; i++)
        {
            m.StateAt(Start + (i * 0.31), out Vec3 p, out _);
            sum += p.X;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(sum != 0);
    }

    private static double Energy(BallisticMover m, double t)
    {
        m.StateAt(t, out Vec3 p, out Vec3 v);
        return (v.LengthSquared / 2) - (Wgs84.GravitationalParameter / p.Length);
    }
}

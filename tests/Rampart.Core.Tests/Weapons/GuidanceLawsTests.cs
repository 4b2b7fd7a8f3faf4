using Rampart.Core.Geo;
using Rampart.Core.Weapons;

namespace Rampart.Core.Tests.Weapons;

/// <summary>
/// True, pure and augmented PN flown in a 3-D point-mass engagement (flat space, no gravity, no
/// lag, no acceleration limit; fourth-order Runge–Kutta at 1 ms), against the textbook properties
/// of Zarchan, <i>Tactical and Strategic Missile Guidance</i>, ch. 2 and 8.
/// </summary>
public class GuidanceLawsTests
{
    private const double G = 9.80665;
    private const double N = 3.0;

    /// <summary>Closest approach, m, and the largest commanded acceleration while t_go ≥ 0.25 s, m/s².</summary>
    private static (double Miss, double PeakCommand, double FlightTime) Fly(ProportionalNavigationLaw? law, Vec3 missileVelocity, Vec3 targetPosition, Vec3 targetVelocity, Vec3 targetAcceleration)
    {
        const double Dt = 1e-3;
        Vec3 pm = Vec3.Zero, vm = missileVelocity, pt = targetPosition, vt = targetVelocity;
        double peak = 0;
        Vec3 Accel(Vec3 p, Vec3 v, Vec3 q, Vec3 w) => law is ProportionalNavigationLaw l
            ? GuidanceLaws.Command(l, p, v, q, w, targetAcceleration, N)
            : Vec3.Zero;
        for (int i = 0; i < 120_000; i++)
        {
            Vec3 r = pt - pm, rDot = vt - vm;
            double closing = -Vec3.Dot(r, rDot) / r.Length;
            Vec3 a1 = Accel(pm, vm, pt, vt);
            if (r.Length / closing >= 0.25)
            {
                peak = Math.Max(peak, a1.Length);
            }

            // RK4 on (p_m, v_m, p_t, v_t); the target's acceleration is constant.
            Vec3 k1p = vm, k1v = a1;
            Vec3 k2p = vm + (k1v * (Dt / 2)), k2v = Accel(pm + (k1p * (Dt / 2)), k2p, pt + (vt * (Dt / 2)) + (targetAcceleration * (Dt * Dt / 8)), vt + (targetAcceleration * (Dt / 2)));
            Vec3 k3p = vm + (k2v * (Dt / 2)), k3v = Accel(pm + (k2p * (Dt / 2)), k3p, pt + (vt * (Dt / 2)) + (targetAcceleration * (Dt * Dt / 8)), vt + (targetAcceleration * (Dt / 2)));
            Vec3 k4p = vm + (k3v * Dt), k4v = Accel(pm + (k3p * Dt), k4p, pt + (vt * Dt) + (targetAcceleration * (Dt * Dt / 2)), vt + (targetAcceleration * Dt));
            Vec3 pmNext = pm + ((k1p + (k2p * 2) + (k3p * 2) + k4p) * (Dt / 6));
            Vec3 vmNext = vm + ((k1v + (k2v * 2) + (k3v * 2) + k4v) * (Dt / 6));
            Vec3 ptNext = pt + (vt * Dt) + (targetAcceleration * (Dt * Dt / 2));
            Vec3 vtNext = vt + (targetAcceleration * Dt);
            Vec3 rNext = ptNext - pmNext;
            if (Vec3.Dot(rNext, vtNext - vmNext) >= 0)
            {
                // Closest approach inside this step: relative motion taken as straight between the two ends.
                Vec3 d = rNext - r;
                double s = Math.Clamp(-Vec3.Dot(r, d) / d.LengthSquared, 0, 1);
                return ((r + (d * s)).Length, peak, (i + s) * Dt);
            }

            (pm, vm, pt, vt) = (pmNext, vmNext, ptNext, vtNext);
        }

        throw new InvalidOperationException("no closest approach within 120 s");
    }

    // A crossing target 10 km away, 2 km up, at 300 m/s; the missile at 1000 m/s aimed 20° to the far
    // side of the target's initial position (away from its motion), well off the collision course.
    private static readonly Vec3 TargetStart = new(10_000, 0, 2_000);
    private static readonly Vec3 TargetVelocity = new(-100, 280, 0);
    private static readonly Vec3 MissileVelocity = Rotate(TargetStart.Normalized() * 1000.0, -20.0 * Math.PI / 180.0);

    private static Vec3 Rotate(Vec3 v, double angle) => new((v.X * Math.Cos(angle)) - (v.Y * Math.Sin(angle)), (v.X * Math.Sin(angle)) + (v.Y * Math.Cos(angle)), v.Z);

    [Theory]
    [InlineData(ProportionalNavigationLaw.True)]
    [InlineData(ProportionalNavigationLaw.Pure)]
    [InlineData(ProportionalNavigationLaw.Augmented)]
    public void EachLaw_HitsANonManoeuvringTarget(ProportionalNavigationLaw law)
    {
        // Zarchan ch. 2: with no lag, PN (N′ = 3) takes out any heading error and hits a
        // non-manoeuvring target; APN reduces to true PN when the target does not accelerate.
        // The same missile unguided passes kilometres away, so the test can fail.
        var unguided = Fly(null, MissileVelocity, TargetStart, TargetVelocity, Vec3.Zero);
        Assert.True(unguided.Miss > 1_000, $"unguided miss {unguided.Miss:F0} m");

        var guided = Fly(law, MissileVelocity, TargetStart, TargetVelocity, Vec3.Zero);
        Assert.True(guided.Miss < 0.05, $"{law}: miss {guided.Miss:F3} m");
    }

    [Fact]
    public void Augmented_DemandsLessThanTrue_AgainstAConstantTargetManoeuvre()
    {
        // Head-on, 8 km, target 300 m/s pulling a steady 3 g sideways. Linearised zero-lag theory
        // (worked by hand in HomingLoopTests): PN's demand rises to N′/(N′ − 2)·n_t = 3 n_t at
        // intercept (2.9 n_t at t_go = 0.25 s of a 6.2 s flight), APN's is ½N′·n_t = 1.5 n_t at the
        // start and falls from there, half of PN's peak. The geometry is not exactly the linear
        // one (closing speed and line of sight change as the target turns away), so each peak is
        // allowed 5 % off the theory: PN 2.88·[0.95, 1.05] n_t, APN 1.5·[0.95, 1.05] n_t. Both hit.
        var nt = new Vec3(0, 3 * G, 0);
        var target = new Vec3(8_000, 0, 0);
        var targetVelocity = new Vec3(-300, 0, 0);
        var missileVelocity = new Vec3(1000, 0, 0);
        var pn = Fly(ProportionalNavigationLaw.True, missileVelocity, target, targetVelocity, nt);
        var apn = Fly(ProportionalNavigationLaw.Augmented, missileVelocity, target, targetVelocity, nt);

        Assert.InRange(pn.PeakCommand / (3 * G), 2.88 * 0.95, 2.88 * 1.05);
        Assert.InRange(apn.PeakCommand / (3 * G), 1.5 * 0.95, 1.5 * 1.05);
        Assert.True(apn.PeakCommand < 0.7 * pn.PeakCommand, $"APN peak {apn.PeakCommand:F1} m/s², PN peak {pn.PeakCommand:F1} m/s²");
        Assert.True(pn.Miss < 0.05, $"PN miss {pn.Miss:F3} m");
        Assert.True(apn.Miss < 0.05, $"APN miss {apn.Miss:F3} m");
    }

    [Fact]
    public void Pure_IsPerpendicularToTheMissileVelocity_AndTrue_ToTheLineOfSight()
    {
        // Definitions (Shneydor ch. 5): pure PN turns the velocity vector (no along-track part); true
        // PN acts normal to the line of sight.
        Vec3 pure = GuidanceLaws.PureProportionalNavigation(Vec3.Zero, MissileVelocity, TargetStart, TargetVelocity, N);
        Vec3 truePn = GuidanceLaws.TrueProportionalNavigation(Vec3.Zero, MissileVelocity, TargetStart, TargetVelocity, N);
        Assert.True(pure.Length > 10);
        Assert.Equal(0.0, Vec3.Dot(pure, MissileVelocity.Normalized()), 1e-9);
        Assert.Equal(0.0, Vec3.Dot(truePn, TargetStart.Normalized()), 1e-9);

        // |pure| = N′·V_m·|Ω_⊥v| — with the line-of-sight rate Ω = r × ṙ/r² computed here by hand.
        Vec3 r = TargetStart, rDot = TargetVelocity - MissileVelocity;
        Vec3 omega = Vec3.Cross(r, rDot) / r.LengthSquared;
        Assert.Equal((Vec3.Cross(omega, MissileVelocity.Normalized()) * (N * 1000.0)).Length, pure.Length, 1e-9);
    }

    [Fact]
    public void EveryLaw_CommandsNothing_WhileTheRangeOpens()
    {
        // The missile flies away from a target behind it (assumption stated on each law).
        var behind = new Vec3(-5_000, 1_000, 0);
        foreach (var law in Enum.GetValues<ProportionalNavigationLaw>())
        {
            Vec3 a = GuidanceLaws.Command(law, Vec3.Zero, MissileVelocity, behind, Vec3.Zero, new Vec3(0, 30, 0), N);
            Assert.Equal(0.0, a.Length);
        }
    }
}

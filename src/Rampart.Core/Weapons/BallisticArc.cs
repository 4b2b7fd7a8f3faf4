using Rampart.Core.Geo;

namespace Rampart.Core.Weapons;

/// <summary>
/// The command post's prediction of a track it believes ballistic: a drag-free coast under central
/// gravity μ/r² towards the earth's centre, from the track's position and velocity.
/// Stateless, thread-safe, allocation-free.
/// </summary>
/// <remarks>
/// Assumptions, made here (docs/model.md, "Ballistic fire control"):
/// <list type="bullet">
/// <item>Central gravity over a spherical earth, no J2 (its effect on a few-minute arc is ~10⁻³ of
/// the drop) and no drag: the re-entry vehicle's drag matters only in the last tens of km, where the
/// track (IMM) follows it and the time to go is short.</item>
/// <item>ECEF taken as inertial, as the threat model (<c>BallisticMover</c>) does: the Coriolis term
/// 2ω·v ≈ 0.3 m/s² at 2 km/s, which would move the point ~½·0.3·t² (≈ 1.8 km over 110 s) on the
/// real rotating earth, is left out.</item>
/// <item>No thrust: a track still boosting is predicted as if it had burnt out now, so the arc falls
/// short of the real one until burn-out.</item>
/// </list>
/// Integration: fourth-order Runge–Kutta with steps of at most <see cref="MaxStepS"/>; on an arc whose
/// orbital period is over 80 minutes its error is far below a metre.
/// </remarks>
public static class BallisticArc
{
    /// <summary>Longest integration step, s.</summary>
    public const double MaxStepS = 2.0;

    private const double Mu = Wgs84.GravitationalParameter;

    /// <summary>
    /// Height (above the WGS-84 ellipsoid along the radius) below which a descending body is
    /// predicted straight on, m: <see cref="PredictedPositionAt(Vec3, Vec3, double)"/>.
    /// </summary>
    /// <remarks>
    /// Below ~40 km a re-entry vehicle's drag is no longer small against gravity and its ballistic
    /// coefficient is not known to the command post: drag ρv²/(2β) at 40 km (ρ = 3.9e-3 kg/m³,
    /// 1976 atmosphere) and 3 km/s is 3.5 m/s² for β = 5,000 kg/m², and at 20 km (ρ = 0.089) 36 m/s²
    /// at 2 km/s, more than three times gravity. A drag-free arc carried down there overshoots the
    /// decelerating vehicle by more than a straight line does, so below the ceiling the descending
    /// track is extrapolated at its velocity, as any other track. (Fire control does not use the
    /// arc at present: measured worse, see docs/model.md, "Ballistic fire control".)
    /// </remarks>
    public const double DenseAirCeilingM = 40_000.0;

    /// <summary>
    /// The command post's prediction for a track believed ballistic, <paramref name="timeS"/>
    /// seconds after the state (p, v), ECEF m: the drag-free arc while the body is above
    /// <see cref="DenseAirCeilingM"/> or climbing; from the first integration step that starts
    /// below it going down, a straight line at the velocity there. Continuous in time (the steps
    /// lie on a fixed grid from t = 0).
    /// </summary>
    public static Vec3 PredictedPositionAt(Vec3 positionEcef, Vec3 velocityEcef, double timeS) =>
        PredictedPositionAt(positionEcef, velocityEcef, timeS, DenseAirCeilingM);

    /// <summary>As <see cref="PredictedPositionAt(Vec3, Vec3, double)"/> with another ceiling, m (−∞: the arc all the way).</summary>
    internal static Vec3 PredictedPositionAt(Vec3 positionEcef, Vec3 velocityEcef, double timeS, double straightBelowM) =>
        Propagate(positionEcef, velocityEcef, timeS, straightBelowM, out _);

    /// <summary>Position <paramref name="timeS"/> seconds after the state (p, v) on the drag-free arc, ECEF m; <paramref name="timeS"/> ≤ 0 returns p.</summary>
    public static Vec3 PositionAt(Vec3 positionEcef, Vec3 velocityEcef, double timeS) =>
        Propagate(positionEcef, velocityEcef, timeS, double.NegativeInfinity, out _);

    /// <summary>Position and velocity <paramref name="timeS"/> seconds after the state (p, v) on the drag-free arc, ECEF m and m/s.</summary>
    public static Vec3 StateAt(Vec3 positionEcef, Vec3 velocityEcef, double timeS, out Vec3 velocityAtEcef) =>
        Propagate(positionEcef, velocityEcef, timeS, double.NegativeInfinity, out velocityAtEcef);

    private static Vec3 Propagate(Vec3 positionEcef, Vec3 velocityEcef, double timeS, double straightBelowM, out Vec3 velocityAtEcef)
    {
        Vec3 r = positionEcef, v = velocityEcef;
        velocityAtEcef = v;
        if (!(timeS > 0))
        {
            return r;
        }

        // Steps of MaxStepS on a grid from 0, the last one shortened to end at timeS, so every
        // time sees the same arc up to its last step.
        double done = 0;
        while (done < timeS)
        {
            if (Vec3.Dot(r, v) < 0 && Wgs84.GeocentricHeight(r) < straightBelowM)
            {
                r += v * (timeS - done);
                break;
            }

            double h = Math.Min(MaxStepS, timeS - done);
            done += h;
            Vec3 a1 = Gravity(r);
            Vec3 r2 = r + (v * (0.5 * h)), v2 = v + (a1 * (0.5 * h));
            Vec3 a2 = Gravity(r2);
            Vec3 r3 = r + (v2 * (0.5 * h)), v3 = v + (a2 * (0.5 * h));
            Vec3 a3 = Gravity(r3);
            Vec3 r4 = r + (v3 * h), v4 = v + (a3 * h);
            Vec3 a4 = Gravity(r4);
            r += (v + (v2 * 2) + (v3 * 2) + v4) * (h / 6);
            v += (a1 + (a2 * 2) + (a3 * 2) + a4) * (h / 6);
            if (timeS - done < 1e-9)
            {
                break;
            }
        }

        velocityAtEcef = v;
        velocityAtEcef = v;
        return r;
    }

    /// <summary>Central gravity −μ·r/|r|³, m/s².</summary>
    private static Vec3 Gravity(Vec3 r)
    {
        double r2 = r.LengthSquared;
        return r * (-Mu / (r2 * Math.Sqrt(r2)));
    }
}

using System.Collections.Concurrent;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Weapons;

namespace Rampart.Core.BattleManagement;

/// <summary>
/// The kill probability fire control plans for one missile before launch: missile reliability ×
/// single-shot P_k, reduced for the end-game margin (the missile's manoeuvre advantage at the
/// predicted intercept) and for track error (the chance that the seeker acquires the target from
/// the track it is sent along). Uses only the command post's knowledge: the flyout table's
/// predicted speed at intercept, the intercept altitude, the track's estimated speed and position
/// error, and the believed class. Stateless.
/// </summary>
/// <remarks>
/// Model (docs/model.md, "Planned kill probability"):
/// <list type="bullet">
/// <item>Available lateral acceleration at the intercept: the interceptor model's own
/// <c>MissileAerodynamics.LateralCapacity</c> in the end game — min(g_max, q·A·CN_max/m + divert),
/// q = ½ρ(h)V_m², m the mass at the predicted time of flight — so fire control and flyout agree.</item>
/// <item>End-game factor: min(1, a_m / (3·a_t)), a_t the manoeuvre assumed for the believed class.
/// Zarchan (<i>Tactical and Strategic Missile Guidance</i>, ch. on target manoeuvre) shows the
/// miss distance against a manoeuvring target stays small when the missile has about three times
/// the target's acceleration; below that the factor falls linearly (a rule of ours, not his).</item>
/// <item>Acquisition basket: the lateral distance the missile can still remove once its seeker has
/// the target, b = min(R_acq·tan 30°, ½·a_m·t²) with t = R_acq/(V_m + V_t) the homing time
/// (bang-bang divert: optimistic for proportional navigation).</item>
/// <item>Track factor: the track's position error, isotropic with σ = PositionSigma/√3 per axis,
/// lies in the plane across the line of sight inside a circle of radius b with probability
/// 1 − exp(−b²/2σ²) (Rayleigh). A missile without a seeker (R_acq = 0) is guided onto the track
/// itself, so the factor is the expected Carleton damage under that error,
/// 1 / (1 + 2·ln2·σ²/R_L²) (R_L the lethal radius; Driels, <i>Weaponeering</i>).</item>
/// </list>
/// </remarks>
public static class PlannedKillProbability
{
    /// <summary>Half-angle of the seeker's field of view, rad (<see cref="Seeker.FieldOfViewHalfAngleRad"/>).</summary>
    public const double SeekerHalfAngleRad = Seeker.FieldOfViewHalfAngleRad;

    /// <summary>Acceleration advantage at which the end game is taken as unimpaired (Zarchan's rule of thumb).</summary>
    public const double FullAdvantage = 3.0;

    private const double StandardGravity = 9.80665;

    // One airframe model per missile type (keyed by the spec's values), built on first use; thread-safe.
    private static readonly ConcurrentDictionary<MissileSpec, MissileAerodynamics> Airframes = new(MissileSpecComparer.Instance);

    /// <summary>
    /// The manoeuvre, m/s², fire control assumes a track of a believed class can pull in the end
    /// game (assumed values): aircraft 9 g (a fighter's typical structural limit), cruise missile
    /// 3 g, ballistic missile 2 g (re-entry vehicles do not manoeuvre on purpose; this covers
    /// tumbling and spiralling), drone 1 g.
    /// </summary>
    public static double AssumedTargetAccelerationMps2(BelievedClass believed) => StandardGravity * believed switch
    {
        BelievedClass.CruiseMissile => 3.0,
        BelievedClass.BallisticMissile => 2.0,
        BelievedClass.Drone => 1.0,
        _ => 9.0,
    };

    /// <summary>
    /// End-game lateral acceleration available at a speed and altitude, m/s² (the interceptor
    /// model's capacity with its divert, at the mass <paramref name="flightTimeS"/> after launch;
    /// burnt out by default).
    /// </summary>
    public static double AvailableAccelerationMps2(MissileSpec missile, double speedMps, double altitudeM, double flightTimeS = double.PositiveInfinity)
    {
        ArgumentNullException.ThrowIfNull(missile);
        var airframe = Airframes.GetOrAdd(missile, static m => new MissileAerodynamics(m));
        double density = AtmosphereTable.At(altitudeM, out _);
        double q = 0.5 * density * speedMps * speedMps;
        double mass = double.IsFinite(flightTimeS) ? airframe.MassAt(flightTimeS) : airframe.BurnoutMassKg;
        return airframe.LateralCapacity(q, mass, endgame: true);
    }

    /// <summary>End-game factor min(1, a_m/(3·a_t)); 1 when the target is assumed not to manoeuvre.</summary>
    public static double EndGameFactor(double missileAccelerationMps2, double targetAccelerationMps2) =>
        targetAccelerationMps2 <= 0 ? 1.0 : Math.Clamp(missileAccelerationMps2 / (FullAdvantage * targetAccelerationMps2), 0.0, 1.0);

    /// <summary>Acquisition basket radius, m: min(R_acq·tan 30°, ½·a_m·(R_acq/(V_m + V_t))²).</summary>
    public static double BasketRadiusM(double acquisitionRangeM, double missileAccelerationMps2, double missileSpeedMps, double targetSpeedMps)
    {
        if (acquisitionRangeM <= 0)
        {
            return 0;
        }

        double closing = Math.Max(missileSpeedMps + targetSpeedMps, 1.0);
        double t = acquisitionRangeM / closing;
        return Math.Min(acquisitionRangeM * Math.Tan(SeekerHalfAngleRad), 0.5 * missileAccelerationMps2 * t * t);
    }

    /// <summary>
    /// Track factor: with a seeker (basket &gt; 0) the Rayleigh probability 1 − exp(−b²/2σ²);
    /// without one the mean damage over a circular normal miss in the miss plane: Carleton
    /// 1/(1 + 2·ln2·σ²/R_L²), or for a cookie-cutter warhead the Rayleigh probability
    /// 1 − exp(−R_L²/2σ²). σ is per axis, m.
    /// </summary>
    public static double TrackFactor(double basketRadiusM, double sigmaPerAxisM, double lethalRadiusM, DamageFunction damage = DamageFunction.Gaussian)
    {
        if (!(sigmaPerAxisM > 0))
        {
            return 1.0;
        }

        if (basketRadiusM > 0)
        {
            return 1.0 - Math.Exp(-(basketRadiusM * basketRadiusM) / (2 * sigmaPerAxisM * sigmaPerAxisM));
        }

        if (!(lethalRadiusM > 0))
        {
            return 0.0;
        }

        return damage == DamageFunction.CookieCutter
            ? 1.0 - Math.Exp(-(lethalRadiusM * lethalRadiusM) / (2 * sigmaPerAxisM * sigmaPerAxisM))
            : 1.0 / (1.0 + (2 * Math.Log(2) * sigmaPerAxisM * sigmaPerAxisM / (lethalRadiusM * lethalRadiusM)));
    }

    /// <summary>
    /// The planned P_k of one missile of <paramref name="missile"/> at a predicted intercept.
    /// </summary>
    /// <param name="missile">The missile type.</param>
    /// <param name="intercept">The predicted intercept (its missile speed comes from the flyout table).</param>
    /// <param name="interceptAltitudeM">Altitude of the intercept point, m.</param>
    /// <param name="targetSpeedMps">The track's estimated speed, m/s.</param>
    /// <param name="believed">What the command post believes the track is.</param>
    /// <param name="trackSigmaM">The track's position error, root of the covariance trace, m.</param>
    public static double Of(MissileSpec missile, in InterceptSolution intercept, double interceptAltitudeM, double targetSpeedMps, BelievedClass believed, double trackSigmaM)
    {
        ArgumentNullException.ThrowIfNull(missile);
        double speed = double.IsFinite(intercept.SpeedAtInterceptMps) ? intercept.SpeedAtInterceptMps : 0;
        double accel = AvailableAccelerationMps2(missile, speed, interceptAltitudeM, intercept.TimeOfFlightS);
        double endGame = EndGameFactor(accel, AssumedTargetAccelerationMps2(believed));
        double basket = BasketRadiusM(missile.SeekerAcquisitionRangeM, accel, speed, targetSpeedMps);
        double track = TrackFactor(basket, trackSigmaM / Math.Sqrt(3), missile.LethalRadiusM, missile.DamageFunction);
        return missile.Reliability * missile.SingleShotPk * endGame * track;
    }
}

namespace Rampart.Core.Weapons.Guidance;

/// <summary>The guidance law of the linearised homing loop.</summary>
public enum HomingLaw
{
    /// <summary>Proportional navigation: n_c = N′·V_c·λ̇.</summary>
    ProportionalNavigation,

    /// <summary>Augmented proportional navigation: n_c = N′·V_c·λ̇ + ½·N′·n_t (the target's acceleration known exactly).</summary>
    AugmentedProportionalNavigation,
}

/// <summary>
/// The linearised single-lag homing loop of Zarchan, <i>Tactical and Strategic Missile Guidance</i>,
/// ch. 2–4: the relative separation y (target minus missile, normal to the initial line of sight)
/// obeys y″ = n_t − n_L; the line-of-sight angle is λ = y / (V_c·t_go), t_go = t_F − t; the command
/// is n_c = N′·V_c·λ̇ (APN adds ½·N′·n_t); the autopilot and airframe are one first-order lag,
/// n_L′ = (n_c − n_L)/T. Immutable.
/// </summary>
/// <remarks>
/// Assumptions (also in docs/model.md, "Linearised homing loop"): small angles about the initial
/// line of sight; constant closing speed V_c, so the range is V_c·t_go and the flight time t_F is
/// known; V_c then cancels from the loop (N′·V_c·λ̇ = N′·(y + y′·t_go)/t_go²), so the miss does not
/// depend on it; perfect, noise-free line-of-sight rate measurement (no seeker, noise filter or
/// radome dynamics); no acceleration limit; a target step manoeuvre n_t applied from t = 0.
/// </remarks>
/// <param name="Law">PN or APN.</param>
/// <param name="NavigationRatio">Effective navigation ratio N′ (dimensionless, &gt; 0).</param>
/// <param name="TimeConstantS">Flight-control time constant T, s (≥ 0; 0 is the zero-lag loop).</param>
public readonly record struct HomingLoop(HomingLaw Law, double NavigationRatio, double TimeConstantS)
{
    /// <summary>The factor κ of the target acceleration fed forward into the command: ½·N′ for APN, 0 for PN.</summary>
    public double TargetAccelerationGain => Law == HomingLaw.AugmentedProportionalNavigation ? 0.5 * NavigationRatio : 0.0;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless N′ &gt; 0 and T ≥ 0, both finite.</summary>
    public void Validate()
    {
        if (!(NavigationRatio > 0) || !double.IsFinite(NavigationRatio))
        {
            throw new ArgumentOutOfRangeException(nameof(NavigationRatio), NavigationRatio, "the navigation ratio must be a finite number above 0");
        }

        if (!(TimeConstantS >= 0) || !double.IsFinite(TimeConstantS))
        {
            throw new ArgumentOutOfRangeException(nameof(TimeConstantS), TimeConstantS, "the time constant must be a finite number of seconds, at least 0");
        }
    }
}

/// <summary>
/// What drives the loop off course: a target step manoeuvre and an initial relative velocity normal
/// to the line of sight (from a heading error). The loop is linear, so the miss is the sum of the
/// misses of each. Immutable.
/// </summary>
/// <param name="TargetAccelerationMps2">n_t, m/s², applied from t = 0 (positive along +y).</param>
/// <param name="InitialRelativeVelocityMps">y′(0), m/s.</param>
public readonly record struct HomingDisturbance(double TargetAccelerationMps2, double InitialRelativeVelocityMps)
{
    /// <summary>A target step manoeuvre of <paramref name="accelerationMps2"/> m/s² from t = 0.</summary>
    public static HomingDisturbance TargetStep(double accelerationMps2) => new(accelerationMps2, 0.0);

    /// <summary>
    /// A missile heading error HE (rad) off the collision course at missile speed V_m (m/s): in the
    /// linear model y′(0) = −V_m·HE (Zarchan's sign and small-angle form; sin HE ≈ HE).
    /// </summary>
    public static HomingDisturbance HeadingError(double missileSpeedMps, double headingErrorRad) => new(0.0, -missileSpeedMps * headingErrorRad);
}

namespace Rampart.Core.Weapons.Guidance;

/// <summary>
/// Miss distance against every flight time at once, from one backward run of the adjoint of the
/// homing loop (Zarchan, <i>Tactical and Strategic Missile Guidance</i>, ch. 3, method of adjoints).
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The loop x′ = A(t)·x + b·n_t, x = (y, y′, n_L), with A's only time-varying entries depending on
/// t_go = t_F − t alone, has the adjoint dλ/dτ = A(τ)ᵀ·λ in the adjoint time τ (= t_go), λ(0) = (1, 0, 0):
/// <code>
///   λ1′ = (N′/T)·λ3/τ²,   λ2′ = λ1 + (N′/T)·λ3/τ,   λ3′ = −λ2 − λ3/T
/// </code>
/// and y(t_F) = λ(t_F)·x(0) + n_t·∫₀^t_F λ·b dτ with b = (0, 1, κ/T), κ = ½N′ for APN, 0 for PN.
/// Because A depends on t_go only, the same λ(τ) serves every flight time: the miss from a heading
/// error is y′(0)·λ2(t_F) and from a step manoeuvre n_t·∫₀^t_F (λ2 + κ·λ3/T) dτ.
/// Implementation note: the coefficients are singular at τ = 0 but the solution is not (λ3 = −τ²/2 +
/// O(τ³)); the run starts from the power series of λ at τ = one step (worked in
/// <see cref="SeriesStart"/>), then steps with fourth-order Runge–Kutta.
/// </remarks>
public sealed class HomingLoopAdjoint
{
    private readonly double[] _flightTimesS;
    private readonly double[] _perInitialVelocity;
    private readonly double[] _perTargetAcceleration;

    private HomingLoopAdjoint(HomingLoop loop, double[] flightTimesS, double[] perInitialVelocity, double[] perTargetAcceleration)
    {
        Loop = loop;
        _flightTimesS = flightTimesS;
        _perInitialVelocity = perInitialVelocity;
        _perTargetAcceleration = perTargetAcceleration;
    }

    /// <summary>Default adjoint steps per time constant.</summary>
    public const int DefaultStepsPerTimeConstant = 2_000;

    /// <summary>The loop analysed.</summary>
    public HomingLoop Loop { get; }

    /// <summary>The largest flight time covered, s.</summary>
    public double MaxFlightTimeS => _flightTimesS[^1];

    /// <summary>The flight times of the grid, s (0, h, 2h, …, the maximum).</summary>
    public IReadOnlyList<double> FlightTimesS => _flightTimesS;

    /// <summary>
    /// Runs the adjoint out to <paramref name="maxFlightTimeS"/> with steps of at most
    /// <paramref name="stepS"/> (default: T/2,000 and at most 1/1,000 of the maximum flight time).
    /// The zero-lag loop (T = 0) has no adjoint run to make: its miss is zero at every flight time
    /// (see docs/model.md: the solutions of the zero-lag loop are c₁·t_go + c₂·t_go^N′ − n_t·t_go²/(N′ − 2)
    /// and every one vanishes at intercept), so it gives zeros.
    /// </summary>
    public static HomingLoopAdjoint Run(HomingLoop loop, double maxFlightTimeS, double? stepS = null)
    {
        loop.Validate();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFlightTimeS);
        if (!double.IsFinite(maxFlightTimeS))
        {
            throw new ArgumentOutOfRangeException(nameof(maxFlightTimeS), maxFlightTimeS, "the flight time must be finite");
        }

        double T = loop.TimeConstantS;
        double wanted = stepS ?? (T > 0 ? Math.Min(T / DefaultStepsPerTimeConstant, maxFlightTimeS / 1000.0) : maxFlightTimeS / 1000.0);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(wanted);
        int steps = (int)Math.Min(int.MaxValue - 1, Math.Max(1.0, Math.Ceiling(maxFlightTimeS / wanted)));
        double h = maxFlightTimeS / steps;
        var times = new double[steps + 1];
        var perVelocity = new double[steps + 1];
        var perAcceleration = new double[steps + 1];
        for (int i = 0; i <= steps; i++)
        {
            times[i] = i * h;
        }

        if (T == 0)
        {
            return new HomingLoopAdjoint(loop, times, perVelocity, perAcceleration);
        }

        var system = new AdjointSystem(loop.NavigationRatio / T, 1.0 / T, loop.TargetAccelerationGain / T);
        Adjoint x = SeriesStart(system, h);
        perVelocity[1] = x.L2;
        perAcceleration[1] = x.Integral;
        for (int i = 1; i < steps; i++)
        {
            double tau = i * h;
            var k1 = system.Derivative(tau, x);
            var k2 = system.Derivative(tau + (0.5 * h), x + (k1 * (0.5 * h)));
            var k3 = system.Derivative(tau + (0.5 * h), x + (k2 * (0.5 * h)));
            var k4 = system.Derivative(tau + h, x + (k3 * h));
            x += (k1 + (k2 * 2.0) + (k3 * 2.0) + k4) * (h / 6.0);
            perVelocity[i + 1] = x.L2;
            perAcceleration[i + 1] = x.Integral;
        }

        return new HomingLoopAdjoint(loop, times, perVelocity, perAcceleration);
    }

    /// <summary>
    /// The miss y(t_F), m, for a flight time within the grid (linear interpolation between grid
    /// points; exact at them).
    /// </summary>
    public double Miss(HomingDisturbance disturbance, double flightTimeS)
    {
        if (!(flightTimeS >= 0) || flightTimeS > MaxFlightTimeS * (1 + 1e-12))
        {
            throw new ArgumentOutOfRangeException(nameof(flightTimeS), flightTimeS, $"the flight time must lie in [0, {MaxFlightTimeS}] s");
        }

        double u = Math.Min(flightTimeS / MaxFlightTimeS * (_flightTimesS.Length - 1), _flightTimesS.Length - 1);
        int i = Math.Min((int)u, _flightTimesS.Length - 2);
        double f = u - i;
        double a = MissAt(disturbance, i), b = MissAt(disturbance, i + 1);
        return a + (f * (b - a));
    }

    /// <summary>The miss at grid point <paramref name="index"/> of <see cref="FlightTimesS"/>, m.</summary>
    public double MissAt(HomingDisturbance disturbance, int index) =>
        (disturbance.InitialRelativeVelocityMps * _perInitialVelocity[index]) + (disturbance.TargetAccelerationMps2 * _perTargetAcceleration[index]);

    /// <summary>
    /// λ and ∫λ·b at τ = <paramref name="tau"/> from their power series about τ = 0. With
    /// λ1 = Σaₙτⁿ, λ2 = Σbₙτⁿ, λ3 = Σcₙτⁿ, a₀ = 1, b₀ = c₀ = 0, and k = N′/T, the adjoint equations give,
    /// term by term, c₁ = 0, then for n = 0, 1, …:
    /// (n+1)·c_{n+1} = −bₙ − cₙ/T;  (n+1)·b_{n+1} = aₙ + k·c_{n+1};  (n+1)·a_{n+1} = k·c_{n+2};
    /// and the integral I = Σ I_{n}τⁿ with (n+1)·I_{n+1} = bₙ + (κ/T)·cₙ. (First terms: λ2 = τ − (k/2)τ² + …,
    /// λ3 = −τ²/2 + …, λ1 = 1 − (k/2)τ + ….) The adjoint is an entire function of τ, so the series
    /// converges; it is used only for τ ≤ T/1,000 or so, where a dozen terms reach rounding error.
    /// </summary>
    private static Adjoint SeriesStart(AdjointSystem s, double tau)
    {
        const int Terms = 24;
        var a = new double[Terms + 2];
        var b = new double[Terms + 2];
        var c = new double[Terms + 3];
        var integral = new double[Terms + 2];
        a[0] = 1.0;
        for (int n = 0; n < Terms; n++)
        {
            c[n + 1] = (-b[n] - (c[n] * s.InverseT)) / (n + 1);
            b[n + 1] = (a[n] + (s.K * c[n + 1])) / (n + 1);
            c[n + 2] = (-b[n + 1] - (c[n + 1] * s.InverseT)) / (n + 2);
            a[n + 1] = s.K * c[n + 2] / (n + 1);
            integral[n + 1] = (b[n] + (s.FeedForward * c[n])) / (n + 1);
        }

        return new Adjoint(Poly(a, tau), Poly(b, tau), Poly(c, tau), Poly(integral, tau));

        static double Poly(double[] coefficients, double x)
        {
            double sum = 0;
            for (int i = coefficients.Length - 1; i >= 0; i--)
            {
                sum = (sum * x) + coefficients[i];
            }

            return sum;
        }
    }

    /// <summary>(λ1, λ2, λ3, ∫λ·b dτ).</summary>
    private readonly record struct Adjoint(double L1, double L2, double L3, double Integral)
    {
        public static Adjoint operator +(Adjoint a, Adjoint b) => new(a.L1 + b.L1, a.L2 + b.L2, a.L3 + b.L3, a.Integral + b.Integral);

        public static Adjoint operator *(Adjoint a, double k) => new(a.L1 * k, a.L2 * k, a.L3 * k, a.Integral * k);
    }

    /// <param name="K">N′/T, 1/s.</param>
    /// <param name="InverseT">1/T, 1/s.</param>
    /// <param name="FeedForward">κ/T, 1/s.</param>
    private readonly record struct AdjointSystem(double K, double InverseT, double FeedForward)
    {
        public Adjoint Derivative(double tau, Adjoint x) => new(
            K * x.L3 / (tau * tau),
            x.L1 + (K * x.L3 / tau),
            -x.L2 - (x.L3 * InverseT),
            x.L2 + (FeedForward * x.L3));
    }
}

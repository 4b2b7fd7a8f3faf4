namespace Rampart.Core.Tests.Weapons.Guidance;

/// <summary>
/// Closed-form miss distances of the single-lag PN/APN homing loop, worked by hand (independent of
/// the code under test, which integrates differential equations).
/// </summary>
/// <remarks>
/// Derivation (the adjoint in the Laplace domain, after Zarchan ch. 4). Let τ = t_go and A(τ) be
/// the adjoint response at the relative-acceleration node: the miss from an impulse u·δ(t) into y″
/// is u·A(t_F), and from a step n_t it is n_t·∫₀^t_F A dτ. Going round the loop backwards,
/// Y = δ − (N′/τ)·[G·A], A = Y/s², with G(s) = s·H(s), H = 1/(1 + sT) (the 1/τ gain is the same in
/// adjoint time). Since the Laplace transform of f(τ)/τ is ∫ₛ^∞ F(u) du, this is
/// Y(s) = 1 − N′∫ₛ^∞ H(u)/u·Y(u) du, so dY/ds = N′·H(s)/s·Y = N′·(1/s − T/(1 + sT))·Y and, with Y(∞) = 1,
/// Y(s) = (sT/(1 + sT))^N′. Scaling p = sT, x = t_F/T:
/// <list type="bullet">
/// <item>heading error (y′(0) = −V_m·HE is an impulse into y″):
///   miss = −V_m·HE·T·g₁(x), g₁ = L⁻¹{p^(N′−2)/(1 + p)^N′};</item>
/// <item>step manoeuvre: miss = n_t·T²·g₂(x), g₂ = L⁻¹{p^(N′−3)/(1 + p)^N′};</item>
/// <item>APN adds ½N′·n_t at the command, which reaches y″ through −H: miss = n_t·T²·g₃(x),
///   g₃ = L⁻¹{p^(N′−3)/(1 + p)^N′·(1 − (N′/2)/(1 + p))}.</item>
/// </list>
/// Writing p = (1 + p) − 1 and using L⁻¹{1/(1 + p)^m} = x^(m−1)·e^(−x)/(m − 1)!:
/// <code>
///   g₁, N′=3: p/(1+p)³ = 1/(1+p)² − 1/(1+p)³                          → e^(−x)·(x − x²/2)
///   g₁, N′=4: p²/(1+p)⁴ = 1/(1+p)² − 2/(1+p)³ + 1/(1+p)⁴               → e^(−x)·(x − x² + x³/6)
///   g₁, N′=5: p³/(1+p)⁵ = 1/(1+p)² − 3/(1+p)³ + 3/(1+p)⁴ − 1/(1+p)⁵    → e^(−x)·(x − 3x²/2 + x³/2 − x⁴/24)
///   g₂, N′=3: 1/(1+p)³                                                → e^(−x)·x²/2
///   g₂, N′=4: p/(1+p)⁴ = 1/(1+p)³ − 1/(1+p)⁴                          → e^(−x)·(x²/2 − x³/6)
///   g₂, N′=5: p²/(1+p)⁵ = 1/(1+p)³ − 2/(1+p)⁴ + 1/(1+p)⁵               → e^(−x)·(x²/2 − x³/3 + x⁴/24)
///   g₃, N′=3: 1/(1+p)³ − (3/2)/(1+p)⁴                                  → e^(−x)·(x²/2 − x³/4)
///   g₃, N′=4: p/(1+p)⁴ − 2p/(1+p)⁵ = 1/(1+p)³ − 3/(1+p)⁴ + 2/(1+p)⁵   → e^(−x)·(x²/2 − x³/2 + x⁴/12)
/// </code>
/// Checks: for x → 0 the loop has no time to act, so the miss must be the open-loop drift:
/// g₁ → x (miss → y′(0)·t_F) and g₂ → x²/2 (miss → n_t·t_F²/2); every form above does that. The
/// N′ = 3 step-manoeuvre curve peaks at x = 2, g₂ = 2e⁻² = 0.2707; the N′ = 3 heading-error curve
/// has its maximum at x = 2 − √2 (g₁ = 0.2306) and its minimum at x = 2 + √2 (g₁ = −0.0794).
/// </remarks>
internal static class HomingLoopClosedForms
{
    public static double HeadingErrorG1(int n, double x) => Math.Exp(-x) * n switch
    {
        3 => x - (x * x / 2),
        4 => x - (x * x) + (x * x * x / 6),
        5 => x - (1.5 * x * x) + (x * x * x / 2) - (Math.Pow(x, 4) / 24),
        _ => throw new ArgumentOutOfRangeException(nameof(n)),
    };

    public static double StepG2(int n, double x) => Math.Exp(-x) * n switch
    {
        3 => x * x / 2,
        4 => (x * x / 2) - (x * x * x / 6),
        5 => (x * x / 2) - (x * x * x / 3) + (Math.Pow(x, 4) / 24),
        _ => throw new ArgumentOutOfRangeException(nameof(n)),
    };

    public static double ApnStepG3(int n, double x) => Math.Exp(-x) * n switch
    {
        3 => (x * x / 2) - (x * x * x / 4),
        4 => (x * x / 2) - (x * x * x / 2) + (Math.Pow(x, 4) / 12),
        _ => throw new ArgumentOutOfRangeException(nameof(n)),
    };
}

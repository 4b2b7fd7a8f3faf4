namespace Rampart.Core.Sensors;

/// <summary>
/// Two-ray multipath over a smooth spherical sea (Blake, <i>Radar Range-Performance Analysis</i>,
/// ch. 6; Skolnik, <i>Introduction to Radar Systems</i>, propagation chapter; Kerr, <i>Propagation
/// of Short Radio Waves</i>): the direct ray and the ray reflected at the point where the grazing
/// angles are equal interfere, giving the pattern propagation factor
/// F² = 1 + Γ² − 2Γ·cos(2π·ΔR/λ) with Γ = ρ_s·D the magnitude of the reflection (phase π).
/// The radar equation's SNR is multiplied by F⁴ (one F each way). Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Assumptions, made here and listed in docs/model.md: horizontal polarisation, for which the
/// smooth-sea Fresnel coefficient at grazing angles of a few degrees or less is close to −1
/// (magnitude 1, phase π) at every radar band; roughness reduces the specular ray by the Ament
/// factor ρ_s = exp(−2·(2π·σ_h·sin ψ/λ)²), σ_h the rms wave height; optional spherical-earth
/// divergence factor D = [1 + 2·d₁·d₂/(k·Re·d·tan ψ)]^−½ (Blake); the antenna pattern weights both
/// rays alike (both inside the main beam, true for the low targets where multipath matters);
/// heights are above the smooth effective earth (geometric heights above the ellipsoid, which is
/// taken as sea level); the diffraction region near the horizon is not modelled: without the
/// divergence factor the two-ray F falls to 0 at the horizon (pessimistic there), with it the
/// reflected ray fades (D → 0) and F → 1 (optimistic there: no diffraction loss).
/// </remarks>
public static class TwoRayMultipath
{
    /// <summary>
    /// Reflection geometry over an effective earth of radius <paramref name="effectiveEarthRadiusM"/>:
    /// the distance d₁ from the lower end to the reflection point (where the heights above the
    /// tangent plane, h′ = h − dᵢ²/(2·k·Re), make equal grazing angles h₁′/d₁ = h₂′/d₂), the grazing
    /// angle ψ and the path difference ΔR = 2·h₁′·h₂′/d of the reflected ray (small-angle form,
    /// Blake eq. 6.x). Heights in m above the surface, ground distance in m along it.
    /// </summary>
    /// <returns>False when one end is at or below the surface or beyond the smooth-earth horizon (no reflected ray).</returns>
    public static bool TryGeometry(double heightAM, double heightBM, double groundDistanceM, double effectiveEarthRadiusM, out double d1M, out double grazingRad, out double pathDifferenceM)
    {
        double h1 = Math.Min(heightAM, heightBM), h2 = Math.Max(heightAM, heightBM), d = groundDistanceM, twoA = 2.0 * effectiveEarthRadiusM;
        d1M = 0;
        grazingRad = 0;
        pathDifferenceM = 0;
        if (h1 <= 0 || d <= 0)
        {
            return false;
        }

        // f(x) = h₁′(x)·(d − x) − h₂′(d − x)·x is positive at x = 0 and negative at x = d, and
        // falls monotonically between them inside the horizon: bisection, a fixed 60 halvings
        // (ground distances below 1e-13 of d: far below any wavelength).
        double lo = 0, hi = d;
        for (int i = 0; i < 60; i++)
        {
            double x = 0.5 * (lo + hi);
            double f = ((h1 - (x * x / twoA)) * (d - x)) - ((h2 - ((d - x) * (d - x) / twoA)) * x);
            if (f > 0)
            {
                lo = x;
            }
            else
            {
                hi = x;
            }
        }

        double d1 = 0.5 * (lo + hi), d2 = d - d1;
        double h1p = h1 - (d1 * d1 / twoA), h2p = h2 - (d2 * d2 / twoA);
        if (h1p <= 0 || h2p <= 0)
        {
            return false;
        }

        d1M = d1;
        grazingRad = Math.Atan(h1p / d1);
        pathDifferenceM = 2.0 * h1p * h2p / d;
        return true;
    }

    /// <summary>Ament roughness factor exp(−2·(2π·σ_h·sin ψ/λ)²) of the specular reflection.</summary>
    public static double RoughnessFactor(double rmsWaveHeightM, double grazingRad, double wavelengthM)
    {
        double g = 2.0 * Math.PI * rmsWaveHeightM * Math.Sin(grazingRad) / wavelengthM;
        return Math.Exp(-2.0 * g * g);
    }

    /// <summary>Spherical-earth divergence factor [1 + 2·d₁·d₂/(k·Re·d·tan ψ)]^−½ (Blake).</summary>
    public static double DivergenceFactor(double d1M, double groundDistanceM, double grazingRad, double effectiveEarthRadiusM)
    {
        double d2 = groundDistanceM - d1M;
        return 1.0 / Math.Sqrt(1.0 + (2.0 * d1M * d2 / (effectiveEarthRadiusM * groundDistanceM * Math.Tan(grazingRad))));
    }

    /// <summary>
    /// The one-way pattern propagation factor F (amplitude ratio to free space) between an antenna
    /// and a target over the sea. The SNR scales by F⁴.
    /// </summary>
    /// <param name="rmsWaveHeightM">rms height of the sea surface, m (0: smooth).</param>
    /// <param name="divergence">Apply the divergence factor.</param>
    public static double PropagationFactor(double antennaHeightM, double targetHeightM, double groundDistanceM, double wavelengthM, double effectiveEarthRadiusM, double rmsWaveHeightM, bool divergence)
    {
        if (!TryGeometry(antennaHeightM, targetHeightM, groundDistanceM, effectiveEarthRadiusM, out double d1, out double psi, out double dr))
        {
            return 0.0; // at or beyond the horizon: no interference region (the radar's horizon test decides visibility)
        }

        double gamma = RoughnessFactor(rmsWaveHeightM, psi, wavelengthM);
        if (divergence)
        {
            gamma *= DivergenceFactor(d1, groundDistanceM, psi, effectiveEarthRadiusM);
        }

        double f2 = 1.0 + (gamma * gamma) - (2.0 * gamma * Math.Cos(2.0 * Math.PI * dr / wavelengthM));
        return Math.Sqrt(Math.Max(f2, 0.0));
    }
}

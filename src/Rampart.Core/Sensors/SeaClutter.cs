namespace Rampart.Core.Sensors;

/// <summary>
/// Sea clutter: the NRL empirical reflectivity model (Gregers-Hansen &amp; Mital, "An improved
/// empirical model for radar sea clutter reflectivity", NRL/MR/5310--12-9346, 2012; IEEE Trans.
/// AES 48(4), 2012), fitted to Nathanson's tables for 0.5–35 GHz, grazing 0.1–60°, sea states
/// 0–6, and the clutter cell of a pulse radar. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Assumptions, made here and listed in docs/model.md: horizontal polarisation (the HH
/// coefficients); averaged over wind direction (the NRL model has no up/down-wind term); the clutter
/// is noise-like in the detector (its mean power adds to the noise; no K-distribution spikes); the
/// cell is the smaller of the pulse-limited area R·θ_az·ΔR·sec ψ and the beam-limited area
/// (π/4)·R²·θ_az·θ_el/sin ψ; rms wave height σ_h = H⅓/4 with H⅓ the middle of the WMO sea-state
/// band (WMO code 3700).
/// </remarks>
public static class SeaClutter
{
    // HH coefficients of the NRL model (Gregers-Hansen & Mital 2012, table 1).
    private const double C1 = -73.0, C2 = 20.78, C3 = 7.351, C4 = 25.65, C5 = 0.0054;

    // Middle of the WMO sea-state bands of significant wave height H⅓ (m): 0: 0, 1: 0–0.1,
    // 2: 0.1–0.5, 3: 0.5–1.25, 4: 1.25–2.5, 5: 2.5–4, 6: 4–6.
    private static readonly double[] SignificantWaveHeightM = [0.0, 0.05, 0.3, 0.875, 1.875, 3.25, 5.0];

    /// <summary>Highest sea state the model covers.</summary>
    public const int MaxSeaState = 6;

    /// <summary>
    /// σ₀ (clutter RCS per unit area), dB m²/m², HH: c₁ + c₂·log₁₀(sin ψ) + (27.5 + c₃·ψ)·log₁₀(f)/(1 + 0.95·ψ)
    /// + c₄·(1 + SS)^(1/(2 + 0.085·ψ + 0.033·SS)) + c₅·ψ², ψ in degrees, f in GHz.
    /// </summary>
    /// <param name="grazingRad">Grazing angle, rad (&gt; 0).</param>
    public static double Sigma0Db(double grazingRad, double frequencyHz, int seaState)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(grazingRad);
        ArgumentOutOfRangeException.ThrowIfNegative(seaState);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seaState, MaxSeaState);
        double psi = grazingRad * 180.0 / Math.PI;
        double fGhz = frequencyHz / 1e9;
        return C1
            + (C2 * Math.Log10(Math.Sin(grazingRad)))
            + ((27.5 + (C3 * psi)) * Math.Log10(fGhz) / (1.0 + (0.95 * psi)))
            + (C4 * Math.Pow(1.0 + seaState, 1.0 / (2.0 + (0.085 * psi) + (0.033 * seaState))))
            + (C5 * psi * psi);
    }

    /// <summary>rms height of the sea surface for a sea state, m (H⅓/4).</summary>
    public static double RmsWaveHeightM(int seaState)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seaState);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seaState, MaxSeaState);
        return SignificantWaveHeightM[seaState] / 4.0;
    }

    /// <summary>
    /// Grazing angle at the sea surface at slant range <paramref name="rangeM"/> from an antenna at
    /// height <paramref name="antennaHeightM"/> over an effective earth of radius a:
    /// sin ψ = h/R − R/(2a) (Skolnik; small heights). Zero or negative beyond the surface horizon.
    /// </summary>
    public static double GrazingAngle(double antennaHeightM, double rangeM, double effectiveEarthRadiusM) =>
        Math.Asin(Math.Clamp((antennaHeightM / rangeM) - (rangeM / (2.0 * effectiveEarthRadiusM)), -1.0, 1.0));

    /// <summary>Depression angle of the sea surface at slant range R below the antenna's horizontal: sin δ = h/R + R/(2a).</summary>
    public static double DepressionAngle(double antennaHeightM, double rangeM, double effectiveEarthRadiusM) =>
        Math.Asin(Math.Clamp((antennaHeightM / rangeM) + (rangeM / (2.0 * effectiveEarthRadiusM)), -1.0, 1.0));

    /// <summary>
    /// Area of the clutter cell, m²: the smaller of the pulse-limited R·θ_az·ΔR·sec ψ and the
    /// beam-limited (π/4)·R²·θ_az·θ_el/sin ψ.
    /// </summary>
    public static double CellAreaM2(double rangeM, double grazingRad, double azimuthBeamwidthRad, double elevationBeamwidthRad, double rangeResolutionM)
    {
        double pulseLimited = rangeM * azimuthBeamwidthRad * rangeResolutionM / Math.Cos(grazingRad);
        double beamLimited = 0.25 * Math.PI * rangeM * rangeM * azimuthBeamwidthRad * elevationBeamwidthRad / Math.Sin(grazingRad);
        return Math.Min(pulseLimited, beamLimited);
    }
}

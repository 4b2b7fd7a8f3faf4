using Rampart.Core.Sensors;

namespace Rampart.Core.Tests.Sensors;

public class SeaClutterTests
{
    private const double Deg = Math.PI / 180.0;

    [Fact]
    public void Sigma0_XBand_OneDegree_SeaState3_MatchesNrlFormulaWorkedByHand()
    {
        // NRL model, HH (Gregers-Hansen & Mital 2012), ψ = 1°, f = 10 GHz, SS = 3:
        //   −73.0 + 20.78·log10(sin 1°) = −73.0 + 20.78·(−1.758145) = −109.5343
        //   (27.5 + 7.351·1)·log10(10)/(1 + 0.95) = 34.851/1.95 = 17.8723
        //   25.65·4^(1/(2 + 0.085 + 0.099)) = 25.65·4^0.457875 = 25.65·1.886551 = 48.3900
        //   0.0054·1² = 0.0054
        // total −43.2665 dB (Nathanson's table gives about −43 dB for X band, sea state 3, 1°).
        Assert.Equal(-43.2665, SeaClutter.Sigma0Db(1.0 * Deg, 10e9, 3), 1e-3);
    }

    [Fact]
    public void Sigma0_SBand_HalfDegree_SeaState5_MatchesNrlFormulaWorkedByHand()
    {
        // ψ = 0.5°, f = 3 GHz, SS = 5: −73 + 20.78·log10(sin 0.5°) = −73 + 20.78·(−2.059158) = −115.7893;
        // (27.5 + 3.6755)·log10 3/(1.475) = 31.1755·0.477121/1.475 = 10.0845;
        // 25.65·6^(1/(2 + 0.0425 + 0.165)) = 25.65·6^0.453001 = 25.65·2.251663 = 57.7552; + 0.00135:
        // −47.9484 dB.
        Assert.Equal(-47.9484, SeaClutter.Sigma0Db(0.5 * Deg, 3e9, 5), 1e-3);
    }

    [Fact]
    public void Sigma0_RisesWithSeaState_AndGrazingAngle()
    {
        Assert.True(SeaClutter.Sigma0Db(1 * Deg, 3e9, 4) > SeaClutter.Sigma0Db(1 * Deg, 3e9, 2));
        Assert.True(SeaClutter.Sigma0Db(3 * Deg, 3e9, 3) > SeaClutter.Sigma0Db(0.3 * Deg, 3e9, 3));
    }

    [Fact]
    public void GrazingAngle_AndCell_MatchHandValues()
    {
        // Antenna 100 m, R = 20 km, a = 4/3·6,371 km = 8,494,666.7 m:
        // sin ψ = 100/20000 − 20000/(2·8494666.7) = 0.005 − 0.00117721 = 0.00382279.
        const double a = 4.0 / 3.0 * 6_371_000.0;
        double psi = SeaClutter.GrazingAngle(100.0, 20_000.0, a);
        Assert.Equal(Math.Asin(0.00382279), psi, 1e-8);
        // Pulse-limited cell: R·θ_az·ΔR·sec ψ = 20000·0.02·150/cos ψ = 60,000.44 m² (beam-limited far larger).
        Assert.Equal(60_000.44, SeaClutter.CellAreaM2(20_000.0, psi, 0.02, 0.035, 150.0), 0.01);
        // Beyond the surface horizon sqrt(2·a·h) = 41.2 km the grazing angle is negative: no sea lit.
        Assert.True(SeaClutter.GrazingAngle(100.0, 45_000.0, a) < 0);
        // Sea state 3: H⅓ = 0.875 m (middle of 0.5–1.25 m), σ_h = H⅓/4 = 0.21875 m.
        Assert.Equal(0.21875, SeaClutter.RmsWaveHeightM(3), 12);
    }
}

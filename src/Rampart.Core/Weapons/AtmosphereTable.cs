using Rampart.Core.Geo;

namespace Rampart.Core.Weapons;

/// <summary>
/// Density and speed of sound of <see cref="StandardAtmosphere1976"/> tabulated every 50 m from
/// −1 km to 90 km and interpolated linearly, for the flyout's hot loop (the exact model costs
/// a power or an exponential per call). Thread-safe (built once).
/// </summary>
/// <remarks>
/// Implementation note: the interpolation error in density is about (Δh/H)²/8 ≈ 6e-6 relative
/// (H ≈ 7 km scale height), far below any other error of the flyout. Outside the table the exact
/// model is called.
/// </remarks>
internal static class AtmosphereTable
{
    private const double BottomM = -1000.0;
    private const double TopM = 90000.0;
    private const double StepM = 50.0;
    private static readonly double[] Density;
    private static readonly double[] SpeedOfSound;

    static AtmosphereTable()
    {
        int n = (int)((TopM - BottomM) / StepM) + 1;
        Density = new double[n];
        SpeedOfSound = new double[n];
        for (int i = 0; i < n; i++)
        {
            var s = StandardAtmosphere1976.At(BottomM + (i * StepM));
            Density[i] = s.DensityKgPerM3;
            SpeedOfSound[i] = s.SpeedOfSoundMps;
        }
    }

    /// <summary>Density (kg/m³) and speed of sound (m/s) at a geometric altitude, m.</summary>
    public static double At(double altitudeM, out double speedOfSoundMps)
    {
        double x = (altitudeM - BottomM) / StepM;
        if (!(x >= 0) || x >= Density.Length - 1)
        {
            var exact = StandardAtmosphere1976.At(altitudeM);
            speedOfSoundMps = exact.SpeedOfSoundMps;
            return exact.DensityKgPerM3;
        }

        int i = (int)x;
        double f = x - i;
        speedOfSoundMps = SpeedOfSound[i] + (f * (SpeedOfSound[i + 1] - SpeedOfSound[i]));
        return Density[i] + (f * (Density[i + 1] - Density[i]));
    }
}

namespace Rampart.Core.Geo;

/// <summary>
/// The U.S. Standard Atmosphere 1976 (NOAA/NASA/USAF, 1976), lower 86 km: seven layers of
/// linear molecular-scale temperature in geopotential altitude with hydrostatic pressure.
/// Between 80 and 86 km geometric the kinetic temperature is the molecular-scale temperature
/// times the molecular-weight ratio M/M0 of the standard's Table 8 (interpolated linearly, as the
/// standard allows); pressure, density and speed of sound use the molecular-scale temperature,
/// as the standard defines them.
/// Above 86 km geometric the model continues the top layer isothermally (the real 1976 model
/// changes composition there; density above 86 km is below 7e-6 kg/m³ and matters to nothing
/// Rampart flies). Below −5 km geometric the bottom layer is extrapolated. Stateless, thread-safe.
/// </summary>
public static class StandardAtmosphere1976
{
    private const double G0 = 9.80665;            // m/s², standard gravity
    private const double R = 287.053072;          // J/(kg·K), R*/M0 with R* = 8.31432, M0 = 28.9644
    private const double Gamma = 1.4;
    private const double EarthRadius = 6356766.0;  // m, the radius the 1976 standard uses for geopotential

    // Layer base geopotential altitude (m'), base temperature (K), lapse rate (K/m'), base pressure (Pa).
    private static readonly double[] BaseH = [0, 11000, 20000, 32000, 47000, 51000, 71000];
    private static readonly double[] LapseRate = [-0.0065, 0.0, 0.001, 0.0028, 0.0, -0.0028, -0.002];
    // Table 8 of the 1976 standard: M/M0 at geometric altitudes 80.0, 80.5, …, 86.0 km.
    private const double MolecularWeightTableStartM = 80000.0;
    private const double MolecularWeightTableStepM = 500.0;
    private static readonly double[] MolecularWeightRatio =
        [1.000000, 0.999996, 0.999989, 0.999971, 0.999941, 0.999909, 0.999870, 0.999829, 0.999786, 0.999741, 0.999694, 0.999641, 0.999579];

    private static readonly double[] BaseT;
    private static readonly double[] BaseP;

    static StandardAtmosphere1976()
    {
        BaseT = new double[BaseH.Length];
        BaseP = new double[BaseH.Length];
        BaseT[0] = 288.15;
        BaseP[0] = 101325.0;
        for (int i = 1; i < BaseH.Length; i++)
        {
            double dh = BaseH[i] - BaseH[i - 1];
            BaseT[i] = BaseT[i - 1] + (LapseRate[i - 1] * dh);
            BaseP[i] = PressureInLayer(i - 1, BaseH[i]);
        }
    }

    /// <summary>Top of the tabulated model, metres geometric (86 km).</summary>
    public const double TopAltitudeM = 86000.0;

    /// <summary>Air properties at a geometric altitude in metres above mean sea level.</summary>
    public static AtmosphereState At(double geometricAltitudeM)
    {
        double z = Math.Max(geometricAltitudeM, -5000.0);
        double h = EarthRadius * z / (EarthRadius + z); // geopotential altitude
        int layer = BaseH.Length - 1;
        while (layer > 0 && h < BaseH[layer])
        {
            layer--;
        }

        double t = BaseT[layer] + (LapseRate[layer] * (h - BaseH[layer]));
        double p = PressureInLayer(layer, h);
        if (geometricAltitudeM > TopAltitudeM)
        {
            // Isothermal continuation above 86 km (see the type's remarks).
            double hTop = EarthRadius * TopAltitudeM / (EarthRadius + TopAltitudeM);
            double tTop = BaseT[6] + (LapseRate[6] * (hTop - BaseH[6]));
            double pTop = PressureInLayer(6, hTop);
            t = tTop;
            p = pTop * Math.Exp(-G0 * (h - hTop) / (R * tTop));
        }

        // t is the molecular-scale temperature T_M = T·M0/M: with it, ρ = P·M0/(R*·T_M) and
        // c = sqrt(γ·R*·T_M/M0) are exact. Only the reported (kinetic) temperature needs M/M0.
        double rho = p / (R * t);
        double kineticT = t * MolecularWeightRatioAt(geometricAltitudeM);
        return new AtmosphereState(kineticT, p, rho, Math.Sqrt(Gamma * R * t));
    }

    /// <summary>M/M0 from Table 8: 1 below 80 km, interpolated to 86 km, constant above.</summary>
    private static double MolecularWeightRatioAt(double geometricAltitudeM)
    {
        if (geometricAltitudeM <= MolecularWeightTableStartM)
        {
            return 1.0;
        }

        double x = (geometricAltitudeM - MolecularWeightTableStartM) / MolecularWeightTableStepM;
        int i = (int)x;
        if (i >= MolecularWeightRatio.Length - 1)
        {
            return MolecularWeightRatio[^1];
        }

        double f = x - i;
        return MolecularWeightRatio[i] + (f * (MolecularWeightRatio[i + 1] - MolecularWeightRatio[i]));
    }

    /// <summary>Speed of sound at a geometric altitude, m/s.</summary>
    public static double SpeedOfSound(double geometricAltitudeM) => At(geometricAltitudeM).SpeedOfSoundMps;

    private static double PressureInLayer(int layer, double h)
    {
        double tb = BaseT[layer], lb = LapseRate[layer], pb = BaseP[layer];
        double dh = h - BaseH[layer];
        return lb == 0.0
            ? pb * Math.Exp(-G0 * dh / (R * tb))
            : pb * Math.Pow(tb / (tb + (lb * dh)), G0 / (R * lb));
    }
}

using Rampart.Core.Geo;
using Rampart.Core.Kernel;

namespace Rampart.Core.Sensors;

/// <summary>
/// A noise jammer radiating at one instant, as a radar's receiver meets it (the radar's physics:
/// jamming is noise in its receiver, so the radar is the one sensor that reads where jammers are).
/// </summary>
/// <param name="PositionEcef">Jammer antenna position, ECEF m.</param>
/// <param name="ErpW">Effective radiated power in its main beam, W.</param>
/// <param name="BandwidthHz">Noise bandwidth, Hz.</param>
/// <param name="CentreFrequencyHz">Centre of the jammed band, Hz; 0 covers every radar.</param>
/// <param name="BoresightEcef">Unit vector of its antenna's main beam, ECEF; zero for an omnidirectional antenna.</param>
/// <param name="CosHalfBeamwidth">cos of half its main-beam width (a radar inside that cone gets the full ERP).</param>
/// <param name="SidelobeGain">Gain outside its main beam relative to the main beam (ratio ≤ 1).</param>
public readonly record struct JammerEmitter(
    Vec3 PositionEcef,
    double ErpW,
    double BandwidthHz,
    double CentreFrequencyHz,
    Vec3 BoresightEcef,
    double CosHalfBeamwidth,
    double SidelobeGain)
{
    /// <summary>Whether a radar at <paramref name="frequencyHz"/> falls inside the jammed band.</summary>
    public bool Covers(double frequencyHz) =>
        CentreFrequencyHz <= 0 || Math.Abs(frequencyHz - CentreFrequencyHz) <= 0.5 * BandwidthHz;

    /// <summary>ERP towards a radar at <paramref name="radarEcef"/>, W (full ERP inside the jammer's main beam, ERP × sidelobe gain outside: a step pattern).</summary>
    public double ErpToward(Vec3 radarEcef)
    {
        if (BoresightEcef.LengthSquared == 0)
        {
            return ErpW;
        }

        Vec3 toRadar = radarEcef - PositionEcef;
        double len = toRadar.Length;
        return len > 0 && Vec3.Dot(toRadar, BoresightEcef) / len >= CosHalfBeamwidth ? ErpW : ErpW * SidelobeGain;
    }
}

/// <summary>The jammers radiating at a given time (the simulation's jammer entities, stand-off and self-screening).</summary>
public interface IJammerField
{
    /// <summary>The jammers on at <paramref name="time"/>. The span is valid until the next call.</summary>
    ReadOnlySpan<JammerEmitter> JammersAt(SimTime time);
}

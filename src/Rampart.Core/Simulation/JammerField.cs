using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;
using Rampart.Core.Threats;

namespace Rampart.Core.Simulation;

/// <summary>
/// The scenario's jammers in a run: stand-off jammers at their position or on their route from
/// their start time, and one self-screening jammer on each living, flying member of its carrier
/// group (it dies with its carrier). Radars read it as noise in their receivers. Not thread-safe
/// (one per run); the span it returns is valid until the next call.
/// </summary>
internal sealed class JammerField : IJammerField
{
    private readonly List<(Jammer Spec, IThreatMover? Mover, Vec3 FixedEcef, Vec3 FixedBoresight)> _standOff = [];
    private readonly List<(Jammer Spec, List<ThreatEntity> Carriers)> _selfScreening = [];
    private JammerEmitter[] _buffer = new JammerEmitter[8];
    private double _bufferTimeS = double.NaN;
    private int _count;

    public JammerField(IReadOnlyList<Jammer> jammers, IReadOnlyList<ThreatEntity> threats)
    {
        foreach (Jammer j in jammers)
        {
            if (j.Kind == JammerKind.SelfScreening)
            {
                _selfScreening.Add((j, threats.Where(t => t.Group.Name == j.CarrierGroup).ToList()));
            }
            else if (j.Route is { } route)
            {
                _standOff.Add((j, new WaypointMover(route, j.StartS, 0.0), Vec3.Zero, Vec3.Zero));
            }
            else
            {
                var frame = new EnuFrame(j.Position!.Value);
                _standOff.Add((j, null, frame.OriginEcef, Boresight(j, frame)));
            }
        }
    }

    /// <summary>True when the scenario has no jammer at all.</summary>
    public bool IsEmpty => _standOff.Count == 0 && _selfScreening.Count == 0;

    public ReadOnlySpan<JammerEmitter> JammersAt(SimTime time)
    {
        double t = time.Seconds;
        if (t == _bufferTimeS)
        {
            return _buffer.AsSpan(0, _count); // several radars scanning at the same instant
        }

        _count = 0;
        foreach ((Jammer spec, IThreatMover? mover, Vec3 fixedEcef, Vec3 fixedBoresight) in _standOff)
        {
            if (t < spec.StartS)
            {
                continue;
            }

            if (mover is null)
            {
                Add(spec, fixedEcef, fixedBoresight);
            }
            else if (t <= mover.EndS)
            {
                mover.StateAt(t, out Vec3 p, out _);
                Add(spec, p, Boresight(spec, new EnuFrame(Wgs84.ToGeodetic(p))));
            }
        }

        foreach ((Jammer spec, List<ThreatEntity> carriers) in _selfScreening)
        {
            foreach (ThreatEntity carrier in carriers)
            {
                if (!carrier.IsFlying(t))
                {
                    continue;
                }

                carrier.Mover.StateAt(t, out Vec3 p, out Vec3 v);
                double speed = v.Length;
                // Its antenna looks along the flight path (toward the defences it is flying at).
                Add(spec, p, IsOmni(spec) || speed <= 0 ? Vec3.Zero : v * (1.0 / speed));
            }
        }

        _bufferTimeS = t;
        return _buffer.AsSpan(0, _count);
    }

    private static bool IsOmni(Jammer j) => j.BeamwidthRad >= 2.0 * Math.PI;

    private static Vec3 Boresight(Jammer j, EnuFrame frame) =>
        IsOmni(j) ? Vec3.Zero : frame.RotateToEcef(new Vec3(Math.Sin(j.PointingAzimuthRad), Math.Cos(j.PointingAzimuthRad), 0.0));

    private void Add(Jammer spec, Vec3 positionEcef, Vec3 boresight)
    {
        if (_count == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _buffer[_count++] = new JammerEmitter(
            positionEcef,
            spec.ErpW,
            spec.BandwidthHz,
            spec.CentreFrequencyHz,
            boresight,
            Math.Cos(0.5 * Math.Min(spec.BeamwidthRad, 2.0 * Math.PI)),
            DetectionProbability.DbToRatio(spec.SidelobeLevelDb));
    }
}

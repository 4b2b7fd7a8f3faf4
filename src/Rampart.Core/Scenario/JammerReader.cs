using System.Globalization;
using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;
using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Scenario;

/// <summary>
/// Reads the scenario's <c>environment</c> (surface, sea state, multipath) and <c>jammers</c>
/// (stand-off at a position or on a route; self-screening, carried by a threat group's members).
/// </summary>
internal sealed class JammerReader
{
    private static readonly string[] JammerKeys = ["name", "kind", "position", "route", "start", "carried_by", "erp", "bandwidth", "frequency", "antenna", "speed"];
    private static readonly string[] Kinds = ["stand_off", "self_screening"];

    /// <summary>Default speed of a stand-off jammer's route legs that give none: 200 m/s (assumed; a jamming aircraft in its orbit).</summary>
    private const double DefaultSpeedMps = 200.0;

    private readonly YamlFile _file;
    private readonly ThreatReader _routes;
    private readonly IReadOnlyList<ThreatGroup> _threats;
    private readonly double _durationS;
    private readonly NameRegistry _names;

    public JammerReader(YamlFile file, ThreatReader routes, IReadOnlyList<ThreatGroup> threats, double durationS)
    {
        _file = file;
        _routes = routes;
        _threats = threats;
        _durationS = durationS;
        _names = new NameRegistry(file, "jammer");
    }

    /// <summary>Reads <c>environment: {surface: land|sea, sea_state: 0–6, multipath: on|off, divergence: on|off}</c>.</summary>
    public static RadarEnvironment ReadEnvironment(YamlFile file, YamlNode node)
    {
        MappingReader m = file.Mapping(node, "the radar environment", "surface", "sea_state", "multipath", "divergence");
        string surfaceWord = m.Optional("surface") is { } s ? ValueReader.Choice(file, s, "a surface", ["land", "sea"]) : "land";
        SurfaceKind surface = surfaceWord == "sea" ? SurfaceKind.Sea : SurfaceKind.Land;
        int seaState = 0;
        if (m.Optional("sea_state") is { } ss)
        {
            if (surface != SurfaceKind.Sea)
            {
                throw file.Error(m.KeyNode("sea_state"), "a sea state only with 'surface: sea'", "a sea state over land", foundIsText: false);
            }

            seaState = ValueReader.Integer(file, ss, "a sea state (Douglas / WMO)", 0, SeaClutter.MaxSeaState);
        }

        bool multipath = m.Optional("multipath") is { } mp && OnOff(file, mp, "multipath");
        if (multipath && surface != SurfaceKind.Sea)
        {
            throw file.Error(m.KeyNode("multipath"), "multipath only with 'surface: sea' (the two-ray model is for a smooth sea)", "multipath over land", foundIsText: false);
        }

        bool divergence = m.Optional("divergence") is not { } dv || OnOff(file, dv, "divergence");
        return new RadarEnvironment(surface, seaState, multipath, divergence);
    }

    public List<Jammer> ReadAll(YamlNode node)
    {
        YamlSequenceNode list = _file.Sequence(node, "a list of jammers");
        return list.Children.Select(Read).ToList();
    }

    private Jammer Read(YamlNode node)
    {
        MappingReader m = _file.Mapping(node, "a jammer", JammerKeys);
        YamlNode nameNode = m.Required("name");
        string name = _names.Add(nameNode, ValueReader.Name(_file, nameNode, "the jammer's name"), "a jammer");
        string kindWord = ValueReader.Choice(_file, m.Required("kind", "stand_off or self_screening"), "a jammer kind", Kinds);
        JammerKind kind = kindWord == "self_screening" ? JammerKind.SelfScreening : JammerKind.StandOff;
        double erp = ValueReader.Quantity(_file, m.Required("erp", "effective radiated power, e.g. 1 kW"), QuantityKind.Power, 0, 1e9, minExclusive: true);
        double bandwidth = ValueReader.Quantity(_file, m.Required("bandwidth", "noise bandwidth, e.g. 100 MHz"), QuantityKind.Frequency, 0, 1e11, minExclusive: true);
        double frequency = m.Optional("frequency") is { } f ? ValueReader.Quantity(_file, f, QuantityKind.Frequency, 0, 1e11, minExclusive: true) : 0.0;

        double beamwidth = 2.0 * Math.PI, sidelobe = -20.0, pointing = 0.0;
        if (m.Optional("antenna") is { } a)
        {
            MappingReader am = _file.Mapping(a, "the jammer's antenna", "beamwidth", "sidelobe_level", "pointing");
            beamwidth = ValueReader.Quantity(_file, am.Required("beamwidth", "full main-beam width, e.g. 60 deg"), QuantityKind.Angle, 0, 2.0 * Math.PI, minExclusive: true);
            if (am.Optional("sidelobe_level") is { } sl)
            {
                sidelobe = ValueReader.Number(_file, sl, "a sidelobe level in dB below the main beam", -80, 0);
            }

            if (am.Optional("pointing") is { } pt)
            {
                if (kind == JammerKind.SelfScreening)
                {
                    throw _file.Error(am.KeyNode("pointing"), "no 'pointing' for a self-screening jammer (its antenna looks along its carrier's flight path)", "a pointing azimuth", foundIsText: false);
                }

                pointing = ValueReader.Quantity(_file, pt, QuantityKind.Angle, 0, 2.0 * Math.PI);
            }
            else if (kind == JammerKind.StandOff && beamwidth < 2.0 * Math.PI)
            {
                throw _file.Error(a, "a 'pointing' azimuth for a directional stand-off jammer antenna (e.g. pointing: 180 deg)");
            }
        }

        if (kind == JammerKind.SelfScreening)
        {
            foreach (string key in (string[])["position", "route", "start", "speed"])
            {
                if (m.Has(key))
                {
                    throw _file.Error(m.KeyNode(key), $"no '{key}' for a self-screening jammer (it flies with its carrier)", $"'{key}'", foundIsText: false);
                }
            }

            YamlNode carrierNode = m.Required("carried_by", "the threat group whose members carry it");
            string[] groups = _threats.Select(t => t.Name).ToArray();
            string carrier = _file.Text(carrierNode, $"the name of a threat group ({string.Join(", ", groups)})");
            if (!groups.Contains(carrier, StringComparer.Ordinal))
            {
                string? closest = NameSuggester.Closest(carrier, groups);
                throw _file.Error(carrierNode, $"the name of a threat group ({string.Join(", ", groups)})", closest is null ? null : $"did you mean '{closest}'?");
            }

            return new Jammer(name, kind, erp, bandwidth, frequency, beamwidth, sidelobe, 0.0, null, null, 0.0, carrier);
        }

        if (m.Has("carried_by"))
        {
            throw _file.Error(m.KeyNode("carried_by"), "no 'carried_by' for a stand-off jammer (use kind: self_screening)", "'carried_by'", foundIsText: false);
        }

        double start = 0.0;
        if (m.Optional("start") is { } st)
        {
            start = ValueReader.Quantity(_file, st, QuantityKind.Duration, 0, 7 * 86400);
            if (start >= _durationS)
            {
                throw _file.Error(st, string.Create(CultureInfo.InvariantCulture, $"a start time before the end of the scenario (duration {_durationS:0.#} s)"));
            }
        }

        YamlNode? positionNode = m.Optional("position");
        YamlNode? routeNode = m.Optional("route");
        if ((positionNode is null) == (routeNode is null))
        {
            throw _file.Error(m.Node, "exactly one of 'position' or 'route' for a stand-off jammer");
        }

        if (positionNode is not null)
        {
            if (m.Has("speed"))
            {
                throw _file.Error(m.KeyNode("speed"), "no 'speed' for a jammer at a fixed position", "'speed'", foundIsText: false);
            }

            GeodeticPosition position = PositionReader.Read(_file, positionNode);
            return new Jammer(name, kind, erp, bandwidth, frequency, beamwidth, sidelobe, pointing, position, null, start, null);
        }

        double speed = m.Optional("speed") is { } sp ? ValueReader.Quantity(_file, sp, QuantityKind.Speed, 0, 2000, minExclusive: true) : DefaultSpeedMps;
        (IReadOnlyList<Waypoint> route, _) = _routes.ReadRoute(routeNode!, speed, 2000.0, "a jammer's speed limit");
        return new Jammer(name, kind, erp, bandwidth, frequency, beamwidth, sidelobe, pointing, null, route, start, null);
    }

    private static bool OnOff(YamlFile file, YamlNode node, string what) =>
        ValueReader.Choice(file, node, $"{what}: on or off", ["on", "off"]) == "on";
}

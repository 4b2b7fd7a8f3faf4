using System.Globalization;
using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Scenario;

/// <summary>Reads the <c>batteries</c> list: command post, search radars, fire units with their engagement radar and launchers, doctrine.</summary>
internal sealed class BatteryReader
{
    // Defaults for keys a scenario may leave out. Each is a published figure or a stated assumption.
    private const int DefaultCommandPostTargets = 36;   // 55K6E: 36 targets engaged at once (Xinhua; REFERENCE.md)
    private const int DefaultCommandPostMissiles = 72;  // 55K6E: 72 missiles guided at once (Xinhua; REFERENCE.md)
    private const double DefaultCycleS = 2.0;           // assumed: battle-management cycle; not published, short against the 9–10 s reaction time
    private const int DefaultSalvoSize = 2;             // salvos of 2 (issue #2; common SAM doctrine)
    private const double DefaultRippleS = 3.0;          // 3–5 s between missiles of a salvo (REFERENCE.md, 48N6 flyout); lower end
    private const double DefaultReactionS = 9.0;        // 9–10 s system reaction time (defence press, REFERENCE.md); lower end
    private const double DefaultMinPk = 0.3;            // assumed: do not fire a shot planned below 30 % kill probability

    private readonly YamlFile _file;
    private readonly EquipmentLibrary _library;
    private readonly NameRegistry _names;

    public BatteryReader(YamlFile file, EquipmentLibrary library)
    {
        _file = file;
        _library = library;
        _names = new NameRegistry(file, "battery, command post, radar, fire unit or launcher");
    }

    public List<Battery> ReadAll(YamlNode node)
    {
        YamlSequenceNode list = _file.Sequence(node, "a list of batteries");
        if (list.Children.Count == 0)
        {
            throw _file.Error(node, "at least one battery", "an empty list", foundIsText: false);
        }

        return list.Children.Select(ReadBattery).ToList();
    }

    private Battery ReadBattery(YamlNode node)
    {
        MappingReader m = _file.Mapping(node, "a battery", "name", "command_post", "search_radars", "fire_units", "doctrine");
        YamlNode nameNode = m.Required("name");
        string name = _names.Add(nameNode, ValueReader.Name(_file, nameNode, "the battery's name"), "a battery");
        CommandPost cp = ReadCommandPost(m.Required("command_post"), name);

        var searchRadars = new List<SearchRadarSite>();
        if (m.Optional("search_radars") is { } sr)
        {
            foreach (YamlNode r in _file.Sequence(sr, "a list of search radars").Children)
            {
                searchRadars.Add(ReadRadarSite(r, "a search radar", null).Site);
            }
        }

        YamlNode fuNode = m.Required("fire_units");
        YamlSequenceNode fuList = _file.Sequence(fuNode, "a list of fire units");
        if (fuList.Children.Count == 0)
        {
            throw _file.Error(fuNode, "at least one fire unit", "an empty list", foundIsText: false);
        }

        List<FireUnit> fireUnits = fuList.Children.Select(ReadFireUnit).ToList();
        Doctrine doctrine = m.Optional("doctrine") is { } d ? ReadDoctrine(d) : new Doctrine(DefaultSalvoSize, DefaultRippleS, DefaultReactionS, DefaultMinPk);
        return new Battery(name, cp, searchRadars, fireUnits, doctrine);
    }

    private CommandPost ReadCommandPost(YamlNode node, string battery)
    {
        MappingReader m = _file.Mapping(node, "a command post", "name", "position", "cycle", "max_targets", "max_missiles", "coordination", "sector", "max_tracks");
        string name = m.Optional("name") is { } n
            ? _names.Add(n, ValueReader.Name(_file, n, "the command post's name"), "a command post")
            : _names.Add(node, battery + "/CP", "a command post");
        GeodeticPosition position = PositionReader.Read(_file, m.Required("position"));
        double cycle = m.Optional("cycle") is { } c ? ValueReader.Quantity(_file, c, QuantityKind.Duration, 0, 600, minExclusive: true) : DefaultCycleS;
        int targets = m.Optional("max_targets") is { } t ? ValueReader.Integer(_file, t, "max_targets", 1, 10_000) : DefaultCommandPostTargets;
        int missiles = m.Optional("max_missiles") is { } mm ? ValueReader.Integer(_file, mm, "max_missiles", 1, 10_000) : DefaultCommandPostMissiles;
        var coordination = m.Optional("coordination") is { } co
            ? ValueReader.Choice(_file, co, "a coordination mode", ["independent", "sectors", "common"]) switch
            {
                "sectors" => Coordination.Sectors,
                "common" => Coordination.Common,
                _ => Coordination.Independent,
            }
            : Coordination.Independent;
        AzimuthSector? sector = null;
        if (m.Optional("sector") is { } sn)
        {
            if (coordination != Coordination.Sectors)
            {
                throw _file.Error(sn, "'sector' only with 'coordination: sectors'", "a sector without it", foundIsText: false);
            }

            var list = _file.Sequence(sn, "a sector [from, to] (two azimuths, e.g. [270 deg, 90 deg])");
            if (list.Children.Count != 2)
            {
                throw _file.Error(sn, "a sector [from, to] (two azimuths)", $"{list.Children.Count} values", foundIsText: false);
            }

            sector = new AzimuthSector(
                ValueReader.Quantity(_file, list.Children[0], QuantityKind.Angle, 0, 2 * Math.PI),
                ValueReader.Quantity(_file, list.Children[1], QuantityKind.Angle, 0, 2 * Math.PI));
        }
        else if (coordination == Coordination.Sectors)
        {
            throw _file.Error(m.Node, "the key 'sector' ([from, to], the azimuths the battery owns, e.g. [270 deg, 90 deg]) with 'coordination: sectors'", "a command post without 'sector'", foundIsText: false);
        }

        int tracks = m.Optional("max_tracks") is { } mt ? ValueReader.Integer(_file, mt, "max_tracks", 1, 1_000_000) : CommandPost.DefaultMaxTracks;
        return new CommandPost(name, position, cycle, targets, missiles) { Coordination = coordination, Sector = sector, MaxTracks = tracks };
    }

    /// <summary>A placed radar: name, type, position, mast height, boresight and overrides. <paramref name="defaultName"/> null makes the name required.</summary>
    private (SearchRadarSite Site, ResolvedEquipment Radar, YamlNode TypeNode) ReadRadarSite(YamlNode node, string what, string? defaultName)
    {
        MappingReader m = _file.Mapping(node, what, "name", "type", "position", "mast", "boresight", "overrides",
            "range_bias", "azimuth_bias", "elevation_bias", "report_latency");
        string name;
        if (m.Optional("name") is { } n || defaultName is null)
        {
            YamlNode nameNode = m.Required("name");
            name = _names.Add(nameNode, ValueReader.Name(_file, nameNode, "the radar's name"), "a radar");
        }
        else
        {
            name = _names.Add(node, defaultName, "a radar");
        }

        YamlNode typeNode = m.Required("type", "the radar type, e.g. 92N6E");
        ResolvedEquipment radar = ResolvedEquipment.Resolve(_file, typeNode, m.Optional("overrides"), EquipmentKind.Radar, _library);
        var spec = (RadarSpec)radar.Spec;
        if (m.Optional("boresight") is { } b)
        {
            // The sector a placed radar faces is a property of the site, so it has its own key.
            double az = ValueReader.Quantity(_file, b, QuantityKind.Angle, 0, 2 * Math.PI);
            spec = spec with { BoresightAzimuthDeg = az * 180.0 / Math.PI };
        }
        else if (spec.AzimuthCoverageDeg < 360.0 && !(m.Optional("overrides") is YamlMappingNode o && o.Children.ContainsKey(new YamlScalarNode("boresight_azimuth"))))
        {
            throw _file.Error(m.Node, $"the key 'boresight' (the direction the {spec.Name}'s {spec.AzimuthCoverageDeg.ToString("G4", CultureInfo.InvariantCulture)} deg sector faces, e.g. 0 deg) in {what}", $"{what} without 'boresight'", foundIsText: false);
        }

        GeodeticPosition position = PositionReader.Read(_file, m.Required("position"));
        double mast = m.Optional("mast") is { } mn ? ValueReader.Quantity(_file, mn, QuantityKind.Length, 0, 200) : 0.0;
        // Sensor registration errors and the link delay to the command post belong to the placed
        // radar, not its type (assumed constant over the run).
        var bias = new MeasurementBias(
            m.Optional("range_bias") is { } rb ? ValueReader.Quantity(_file, rb, QuantityKind.Length, -10_000, 10_000) : 0.0,
            m.Optional("azimuth_bias") is { } ab ? ValueReader.Quantity(_file, ab, QuantityKind.Angle, -0.1, 0.1) : 0.0,
            m.Optional("elevation_bias") is { } eb ? ValueReader.Quantity(_file, eb, QuantityKind.Angle, -0.1, 0.1) : 0.0);
        double latency = m.Optional("report_latency") is { } rl ? ValueReader.Quantity(_file, rl, QuantityKind.Duration, 0, 600) : 0.0;
        return (new SearchRadarSite(name, spec, position, mast) { Bias = bias, ReportLatencyS = latency }, radar, typeNode);
    }

    private FireUnit ReadFireUnit(YamlNode node)
    {
        MappingReader m = _file.Mapping(node, "a fire unit", "name", "radar", "launchers");
        YamlNode nameNode = m.Required("name");
        string name = _names.Add(nameNode, ValueReader.Name(_file, nameNode, "the fire unit's name"), "a fire unit");
        (SearchRadarSite site, ResolvedEquipment radar, YamlNode typeNode) = ReadRadarSite(m.Required("radar", "its engagement radar"), "an engagement radar", name + "/radar");
        if (radar.IntegerOrNull("max_engaged_targets") is not int targets || radar.IntegerOrNull("max_guided_missiles") is not int missiles)
        {
            throw _file.Error(typeNode, "an engagement radar type (one with 'max_engaged_targets' and 'max_guided_missiles' fire channels)", $"that {radar.Name} has no fire channels");
        }

        YamlNode launchersNode = m.Required("launchers");
        YamlSequenceNode list = _file.Sequence(launchersNode, "a list of launchers");
        if (list.Children.Count == 0)
        {
            throw _file.Error(launchersNode, "at least one launcher", "an empty list", foundIsText: false);
        }

        return new FireUnit(name, site, targets, missiles, list.Children.Select(ReadLauncher).ToList());
    }

    private LauncherSite ReadLauncher(YamlNode node)
    {
        MappingReader m = _file.Mapping(node, "a launcher", "name", "type", "position", "missile", "load", "overrides");
        YamlNode nameNode = m.Required("name");
        string name = _names.Add(nameNode, ValueReader.Name(_file, nameNode, "the launcher's name"), "a launcher");
        ResolvedEquipment launcher = ResolvedEquipment.Resolve(_file, m.Required("type", "the launcher type, e.g. 5P85"), m.Optional("overrides"), EquipmentKind.Launcher, _library);
        var launcherSpec = (LauncherSpec)launcher.Spec;
        GeodeticPosition position = PositionReader.Read(_file, m.Required("position"));
        ResolvedEquipment missile = ResolvedEquipment.FromReference(_file, m.Required("missile", "the missile type loaded, e.g. 48N6E2"), EquipmentKind.Missile, _library, "a missile");
        int perCanister = (int)missile.Values["missiles_per_canister"].Number;
        int capacity = launcherSpec.Canisters * perCanister;
        int load = capacity;
        if (m.Optional("load") is { } l)
        {
            string what = string.Create(CultureInfo.InvariantCulture, $"a missile load ({launcherSpec.Name}: {launcherSpec.Canisters} canisters × {perCanister} {missile.Name})");
            load = ValueReader.Integer(_file, l, what, 0, capacity);
        }

        return new LauncherSite(name, launcherSpec, position, (MissileSpec)missile.Spec, load);
    }

    private Doctrine ReadDoctrine(YamlNode node)
    {
        MappingReader m = _file.Mapping(node, "a doctrine", "salvo_size", "ripple_interval", "reaction_time", "min_kill_probability", "assignment", "fire", "weapons", "command_latency", "emission_control", "reserve");
        int salvo = m.Optional("salvo_size") is { } s ? ValueReader.Integer(_file, s, "salvo_size", 1, 8) : DefaultSalvoSize;
        double ripple = m.Optional("ripple_interval") is { } r ? ValueReader.Quantity(_file, r, QuantityKind.Duration, 0, 600) : DefaultRippleS;
        double reaction = m.Optional("reaction_time") is { } t ? ValueReader.Quantity(_file, t, QuantityKind.Duration, 0, 600) : DefaultReactionS;
        double minPk = m.Optional("min_kill_probability") is { } p ? ValueReader.Probability(_file, p, open: false) : DefaultMinPk;
        var doctrine = new Doctrine(salvo, ripple, reaction, minPk);
        if (m.Optional("assignment") is { } a)
        {
            doctrine = doctrine with
            {
                Assignment = ValueReader.Choice(_file, a, "an assignment method", ["priority", "heuristic", "exact"]) switch
                {
                    "heuristic" => AssignmentSolverKind.Heuristic,
                    "exact" => AssignmentSolverKind.Exact,
                    _ => AssignmentSolverKind.Priority,
                },
            };
        }

        if (m.Optional("fire") is { } f)
        {
            doctrine = doctrine with
            {
                Fire = ValueReader.Choice(_file, f, "a fire doctrine", ["salvo", "shoot_look_shoot"]) == "shoot_look_shoot" ? FirePolicy.ShootLookShoot : FirePolicy.Salvo,
            };
        }

        if (m.Optional("weapons") is { } w)
        {
            doctrine = doctrine with
            {
                Control = ValueReader.Choice(_file, w, "a weapons control status", ["free", "tight", "hold"]) switch
                {
                    "tight" => WeaponsControl.Tight,
                    "hold" => WeaponsControl.Hold,
                    _ => WeaponsControl.Free,
                },
            };
        }

        if (m.Optional("command_latency") is { } l)
        {
            doctrine = doctrine with { CommandLatencyS = ValueReader.Quantity(_file, l, QuantityKind.Duration, 0, 60) };
        }

        if (m.Optional("reserve") is { } rv)
        {
            doctrine = doctrine with { ReserveFraction = ValueReader.Number(_file, rv, "reserve (the fraction of each missile type kept for high-value threats)", 0, 1) };
        }

        if (m.Optional("emission_control") is { } e)
        {
            doctrine = doctrine with { EmissionControl = ValueReader.Choice(_file, e, "emission control", ["on", "off"]) == "on" };
        }

        return doctrine;
    }
}

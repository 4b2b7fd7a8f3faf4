using System.Globalization;
using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Threats;
using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Scenario;

/// <summary>
/// Reads the <c>threats</c> list: groups of identical threats that fly a route of waypoints, or
/// (ballistic missiles) follow a ballistic plan from a launch point to an aim point. Checks that
/// routes make sense (two or more waypoints, no zero-length leg, no speed above the type's
/// maximum) and that a ballistic missile can reach its aim point.
/// </summary>
internal sealed class ThreatReader
{
    private static readonly string[] GroupKeys = ["name", "type", "count", "start", "spacing", "lateral_spacing", "target", "route", "ballistic"];
    private static readonly string[] Trajectories = ["minimum_energy", "lofted", "depressed"];

    private readonly YamlFile _file;
    private readonly EquipmentLibrary _library;
    private readonly IReadOnlyList<DefendedAsset> _assets;
    private readonly double _durationS;
    private readonly NameRegistry _names;

    public ThreatReader(YamlFile file, EquipmentLibrary library, IReadOnlyList<DefendedAsset> assets, double durationS)
    {
        _file = file;
        _library = library;
        _assets = assets;
        _durationS = durationS;
        _names = new NameRegistry(file, "threat group");
    }

    public List<ThreatGroup> ReadAll(YamlNode node)
    {
        YamlSequenceNode list = _file.Sequence(node, "a list of threat groups");
        if (list.Children.Count == 0)
        {
            throw _file.Error(node, "at least one threat group", "an empty list", foundIsText: false);
        }

        return list.Children.Select(ReadGroup).ToList();
    }

    private ThreatGroup ReadGroup(YamlNode node)
    {
        MappingReader m = _file.Mapping(node, "a threat group", GroupKeys);
        YamlNode nameNode = m.Required("name");
        string name = _names.Add(nameNode, ValueReader.Name(_file, nameNode, "the threat group's name"), "a threat group");
        ResolvedEquipment type = ResolvedEquipment.FromReference(_file, m.Required("type", "the threat type, e.g. subsonic-cruise-missile"), EquipmentKind.Threat, _library, "a threat type");
        var spec = (ThreatSpec)type.Spec;
        int count = m.Optional("count") is { } c ? ValueReader.Integer(_file, c, "a threat count", 1, 100_000) : 1;
        double start = 0.0;
        if (m.Optional("start") is { } s)
        {
            start = ValueReader.Quantity(_file, s, QuantityKind.Duration, 0, 7 * 86400);
            if (start >= _durationS)
            {
                throw _file.Error(s, $"a start time before the end of the scenario (duration {F(_durationS)} s)");
            }
        }

        double spacing = m.Optional("spacing") is { } sp ? ValueReader.Quantity(_file, sp, QuantityKind.Duration, 0, 86400) : 0.0;
        double lateral = m.Optional("lateral_spacing") is { } ls ? ValueReader.Quantity(_file, ls, QuantityKind.Length, 0, 100_000) : 0.0;

        bool ballistic = spec.Category == ThreatCategory.BallisticMissile;
        YamlNode? routeNode = m.Optional("route");
        YamlNode? planNode = m.Optional("ballistic");
        if (ballistic && routeNode is not null)
        {
            throw _file.Error(m.KeyNode("route"), $"a 'ballistic' plan for {spec.Name} (a ballistic missile flies no route)", "a route", foundIsText: false);
        }

        if (!ballistic && planNode is not null)
        {
            throw _file.Error(m.KeyNode("ballistic"), $"a 'route' for {spec.Name} (only ballistic missiles have a ballistic plan)", "a ballistic plan", foundIsText: false);
        }

        string? impliedTarget = null;
        IReadOnlyList<Waypoint>? route = null;
        BallisticPlan? plan = null;
        if (ballistic)
        {
            (plan, impliedTarget) = ReadBallistic(m.Required("ballistic", "launch point, aim point and trajectory"), spec);
        }
        else
        {
            (route, impliedTarget) = ReadRoute(m.Required("route", "the waypoints"), spec);
        }

        string? target = impliedTarget;
        if (m.Optional("target") is { } t)
        {
            target = AssetName(t, "the target: the name of a defended asset");
        }

        return new ThreatGroup(name, spec, count, start, spacing, lateral, route, plan, target);
    }

    private (IReadOnlyList<Waypoint> Route, string? Target) ReadRoute(YamlNode node, ThreatSpec spec)
    {
        YamlSequenceNode list = _file.Sequence(node, "a route: a list of waypoints");
        if (list.Children.Count < 2)
        {
            throw _file.Error(node, "a route of at least 2 waypoints", string.Create(CultureInfo.InvariantCulture, $"{list.Children.Count} waypoint(s)"), foundIsText: false);
        }

        var route = new List<Waypoint>();
        string? lastAsset = null;
        Vec3? previous = null;
        foreach (YamlNode w in list.Children)
        {
            MappingReader m = _file.Mapping(w, "a waypoint", "position", "altitude", "speed");
            YamlNode positionNode = m.Required("position", "[lat, lon] or the name of a defended asset");
            GeodeticPosition flat;
            if (positionNode is YamlScalarNode)
            {
                lastAsset = AssetName(positionNode, "a waypoint position: [lat, lon], {lat: …, lon: …} or the name of a defended asset");
                flat = _assets.First(a => a.Name == lastAsset).Position;
            }
            else
            {
                lastAsset = null;
                flat = PositionReader.ReadFlat(_file, positionNode);
            }

            double altitude = ValueReader.Quantity(_file, m.Required("altitude", "metres above sea level, e.g. 30 m"), QuantityKind.Length, 0, 100_000);
            double speed = spec.CruiseSpeedMps;
            if (m.Optional("speed") is { } sn)
            {
                speed = ValueReader.Quantity(_file, sn, QuantityKind.Speed, 0, double.PositiveInfinity, minExclusive: true, machAltitudeM: altitude);
                if (speed > spec.MaxSpeedMps)
                {
                    throw _file.Error(sn, $"a speed of at most {F(spec.MaxSpeedMps)} m/s (the max_speed of {spec.Name})", $"that is {F(speed)} m/s");
                }
            }

            var position = new GeodeticPosition(flat.LatitudeDeg, flat.LongitudeDeg, altitude);
            Vec3 ecef = Wgs84.ToEcef(position);
            if (previous is Vec3 p && Vec3.Distance(p, ecef) < 1.0)
            {
                throw _file.Error(w, "a waypoint apart from the previous one (this leg has zero length)");
            }

            previous = ecef;
            route.Add(new Waypoint(position, speed));
        }

        return (route, lastAsset);
    }

    private (BallisticPlan Plan, string? Target) ReadBallistic(YamlNode node, ThreatSpec spec)
    {
        MappingReader m = _file.Mapping(node, "a ballistic plan", "launch", "aim", "trajectory");
        GeodeticPosition launch = PositionReader.Read(_file, m.Required("launch", "the launch point"));
        YamlNode aimNode = m.Required("aim", "the aim point or a defended asset's name");
        string? target = null;
        GeodeticPosition aim;
        if (aimNode is YamlScalarNode)
        {
            target = AssetName(aimNode, "an aim point: a position or the name of a defended asset");
            aim = _assets.First(a => a.Name == target).Position;
        }
        else
        {
            aim = PositionReader.Read(_file, aimNode);
        }

        string trajectory = m.Optional("trajectory") is { } t ? ValueReader.Choice(_file, t, "a trajectory", Trajectories) : "minimum_energy";
        BallisticTrajectoryKind kind = trajectory switch
        {
            "lofted" => BallisticTrajectoryKind.Lofted,
            "depressed" => BallisticTrajectoryKind.Depressed,
            _ => BallisticTrajectoryKind.MinimumEnergy,
        };

        double range = GreatCircle.DistanceM(launch, aim);
        if (range < 1000.0)
        {
            throw _file.Error(aimNode, "an aim point at least 1 km from the launch point", $"a ground range of {F(range)} m", foundIsText: false);
        }

        // A boost phase carries the missile up to v·T_b/2 along its climb before the ballistic
        // flight starts; that bounds the ground it adds.
        double maxRange = MaxBallisticRangeM(spec.BurnoutSpeedMps) + (0.5 * spec.BurnoutSpeedMps * spec.BoostTimeS);
        if (range > maxRange)
        {
            throw _file.Error(
                aimNode,
                $"an aim point within {F(maxRange / 1000.0)} km of the launch point (the minimum-energy range of {spec.Name} at its burn-out speed of {F(spec.BurnoutSpeedMps)} m/s)",
                $"a ground range of {F(range / 1000.0)} km",
                foundIsText: false);
        }

        // The vacuum check above gives the clearer message; the trajectory itself (drag, loft angle,
        // a 10 % margin on the burn-out speed) decides in the end, so fly it here rather than fail
        // in the middle of a run.
        var plan = new BallisticPlan(launch, aim, kind);
        try
        {
            _ = BallisticMover.For(plan, spec, 0.0);
        }
        catch (ArgumentException e)
        {
            throw _file.Error(aimNode, $"an aim point {spec.Name} can reach on a {trajectory.Replace('_', ' ')} trajectory", e.Message, foundIsText: false);
        }

        return (plan, target);
    }

    /// <summary>
    /// The longest ground range a missile reaches from burn-out at speed <paramref name="v"/>
    /// (the minimum-energy trajectory): vacuum Kepler flight over a spherical, non-rotating earth,
    /// with ν = v²R/μ, the half range angle ψ/2 satisfies sin(ψ/2) = ν / (2 − ν) (Zarchan,
    /// Tactical and Strategic Missile Guidance, ch. on ballistic targets). Assumption: burn-out at
    /// ground level and no drag, so this slightly overestimates what a real missile reaches;
    /// lofted and depressed trajectories reach less: the loader then flies the trajectory itself
    /// (<see cref="BallisticMover.For"/>) and reports what it cannot reach.
    /// </summary>
    internal static double MaxBallisticRangeM(double v)
    {
        double nu = v * v * Wgs84.MeanRadius / Wgs84.GravitationalParameter;
        if (nu >= 1.0)
        {
            return Math.PI * Wgs84.MeanRadius; // at or beyond circular speed: anywhere on the earth
        }

        double halfAngle = Math.Asin(nu / (2.0 - nu));
        return 2.0 * halfAngle * Wgs84.MeanRadius;
    }

    private string AssetName(YamlNode node, string what)
    {
        string[] names = _assets.Select(a => a.Name).ToArray();
        string expected = $"{what} ({string.Join(", ", names)})";
        string name = _file.Text(node, expected);
        if (names.Contains(name, StringComparer.Ordinal))
        {
            return name;
        }

        string? closest = NameSuggester.Closest(name, names);
        throw _file.Error(node, expected, closest is null ? null : $"did you mean '{closest}'?");
    }

    private static string F(double x) => x.ToString("0.#", CultureInfo.InvariantCulture);
}

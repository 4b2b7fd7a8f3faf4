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
    private static readonly string[] GroupKeys = ["name", "type", "count", "start", "spacing", "lateral_spacing", "target", "route", "ballistic", "profile", "cruise_altitude", "pop_up", "turn_g", "evasive"];
    private static readonly string[] RouteOnlyKeys = ["profile", "cruise_altitude", "pop_up", "turn_g", "evasive"];
    private static readonly string[] Profiles = ["waypoints", "sea_skim", "terrain_follow"];
    private const double G0 = 9.80665;

    // Assumed default pop-up climb angle (not published for any missile): steep enough to be a
    // pop-up, shallow enough for a 250 m/s airframe at 5 g (pull-up radius v²/(g(n−1)) ≈ 1.6 km).
    private const double DefaultClimbAngleDeg = 15.0;

    // Lowest altitude an evasive dive goes to, m (assumed: pilots do not dive below ~100 m).
    internal const double EvasiveFloorM = 100.0;
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

        if (ballistic)
        {
            foreach (string key in RouteOnlyKeys)
            {
                if (m.Has(key))
                {
                    throw _file.Error(m.KeyNode(key), $"no '{key}' for {spec.Name} (a ballistic missile follows its ballistic plan)", $"'{key}'", foundIsText: false);
                }
            }
        }

        string? impliedTarget = null;
        IReadOnlyList<Waypoint>? route = null;
        BallisticPlan? plan = null;
        var flight = new FlightSettings(FlightProfile.Waypoints, null, null, ThreatGroup.DefaultTurnLoadFactor, null);
        if (ballistic)
        {
            (plan, impliedTarget) = ReadBallistic(m.Required("ballistic", "launch point, aim point and trajectory"), spec);
        }
        else
        {
            flight = ReadFlightSettings(m, spec);
            YamlNode routeNode2 = m.Required("route", "the waypoints");
            (route, impliedTarget) = ReadRoute(routeNode2, spec.CruiseSpeedMps, spec.MaxSpeedMps, $"the max_speed of {spec.Name}", flight.CruiseAltitudeM);
            if (flight.PopUp is { } popUp)
            {
                route = InsertPopUp(route, popUp, m.Required("pop_up"), flight.CruiseAltitudeM!.Value);
            }

            CheckTurns(route, spec, flight, lateral, count, routeNode2, m.Optional("pop_up"));
        }

        string? target = impliedTarget;
        if (m.Optional("target") is { } t)
        {
            target = AssetName(t, "the target: the name of a defended asset");
        }

        return new ThreatGroup(name, spec, count, start, spacing, lateral, route, plan, target)
        {
            Profile = flight.Profile,
            TurnLoadFactor = flight.TurnLoadFactor,
            PopUp = flight.PopUp,
            Evasive = flight.Evasive,
        };
    }

    private sealed record FlightSettings(FlightProfile Profile, double? CruiseAltitudeM, PopUp? PopUp, double TurnLoadFactor, Evasion? Evasive);

    /// <summary>profile, cruise_altitude, pop_up, turn_g and evasive of an air-breathing group.</summary>
    private FlightSettings ReadFlightSettings(MappingReader m, ThreatSpec spec)
    {
        string profileText = m.Optional("profile") is { } p ? ValueReader.Choice(_file, p, "a flight profile", Profiles) : "waypoints";
        FlightProfile profile = profileText switch
        {
            "sea_skim" => FlightProfile.SeaSkim,
            "terrain_follow" => FlightProfile.TerrainFollow,
            _ => FlightProfile.Waypoints,
        };

        double? cruise = null;
        if (profile == FlightProfile.Waypoints)
        {
            if (m.Has("cruise_altitude"))
            {
                throw _file.Error(m.KeyNode("cruise_altitude"), "'cruise_altitude' only with 'profile: sea_skim' or 'profile: terrain_follow' (with waypoints each waypoint gives its altitude)", "'cruise_altitude'", foundIsText: false);
            }

            if (m.Has("pop_up"))
            {
                throw _file.Error(m.KeyNode("pop_up"), "'pop_up' only with 'profile: sea_skim' or 'profile: terrain_follow'", "'pop_up'", foundIsText: false);
            }
        }
        else
        {
            string what = profile == FlightProfile.SeaSkim ? "height above the sea, e.g. 15 m" : "height above the ground (smooth earth: above sea level), e.g. 50 m";
            cruise = ValueReader.Quantity(_file, m.Required("cruise_altitude", what), QuantityKind.Length, 1, 10_000);
        }

        PopUp? popUp = null;
        if (m.Optional("pop_up") is { } pn)
        {
            MappingReader pm = _file.Mapping(pn, "a pop-up", "distance", "altitude", "climb_angle");
            double distance = ValueReader.Quantity(_file, pm.Required("distance", "ground distance before the last waypoint at which the pop-up altitude is reached, e.g. 10 km"), QuantityKind.Length, 0, 1_000_000, minExclusive: true);
            YamlNode altNode = pm.Required("altitude", "the pop-up altitude, e.g. 300 m");
            double altitude = ValueReader.Quantity(_file, altNode, QuantityKind.Length, 0, 30_000);
            if (altitude <= cruise)
            {
                throw _file.Error(altNode, $"a pop-up altitude above the cruise altitude ({F(cruise!.Value)} m)");
            }

            double climb = pm.Optional("climb_angle") is { } ca
                ? ValueReader.Quantity(_file, ca, QuantityKind.Angle, 0, 80 * Math.PI / 180, minExclusive: true)
                : DefaultClimbAngleDeg * Math.PI / 180.0;
            popUp = new PopUp(distance, altitude, climb);
        }

        if (!(spec.MaxG > 1.0))
        {
            throw _file.Error(m.Node, $"a threat type that can turn (its max_acceleration must be above 1 g to bank; {spec.Name} has {F(spec.MaxG)} g)");
        }

        double turn = Math.Min(ThreatGroup.DefaultTurnLoadFactor, spec.MaxG);
        if (m.Optional("turn_g") is { } tg)
        {
            turn = ValueReader.Quantity(_file, tg, QuantityKind.Acceleration, G0, spec.MaxG * G0, minExclusive: true) / G0;
        }

        Evasion? evasive = null;
        if (m.Optional("evasive") is { } en)
        {
            MappingReader em = _file.Mapping(en, "an evasive break", "warning_range", "g", "turn", "dive");
            double range = ValueReader.Quantity(_file, em.Required("warning_range", "range of the threat's missile-approach warner, e.g. 8 km"), QuantityKind.Length, 0, 100_000, minExclusive: true);
            double g = em.Optional("g") is { } gn
                ? ValueReader.Quantity(_file, gn, QuantityKind.Acceleration, G0, spec.MaxG * G0, minExclusive: true) / G0
                : spec.MaxG;
            double turnAngle = em.Optional("turn") is { } tn ? ValueReader.Quantity(_file, tn, QuantityKind.Angle, 0, Math.PI, minExclusive: true) : Math.PI / 2.0;
            double dive = em.Optional("dive") is { } dn ? ValueReader.Quantity(_file, dn, QuantityKind.Length, 0, 30_000) : 0.0;
            evasive = new Evasion(range, g, turnAngle, dive);
        }

        return new FlightSettings(profile, cruise, popUp, turn, evasive);
    }

    /// <summary>
    /// Writes the pop-up into the route: a waypoint where the climb starts and one where the pop-up
    /// altitude is reached, <see cref="PopUp.DistanceM"/> before the last waypoint, both on the last leg.
    /// </summary>
    private List<Waypoint> InsertPopUp(IReadOnlyList<Waypoint> route, PopUp popUp, YamlNode node, double cruiseAltitudeM)
    {
        Waypoint last = route[^1], before = route[^2];
        double leg = GreatCircle.DistanceM(before.Position, last.Position);
        double climbStart = popUp.DistanceM + ((popUp.AltitudeM - cruiseAltitudeM) / Math.Tan(popUp.ClimbAngleRad));
        if (climbStart >= leg)
        {
            throw _file.Error(node, $"a pop-up that fits the last leg of the route ({F(leg / 1000.0)} km): the climb starts {F(climbStart / 1000.0)} km before the last waypoint", "a pop-up that starts before the last leg does", foundIsText: false);
        }

        GeodeticPosition At(double fromEnd, double altitude) =>
            GreatCircle.Interpolate(before.Position, last.Position, 1.0 - (fromEnd / leg)).WithAltitude(altitude);

        var result = route.Take(route.Count - 1).ToList();
        result.Add(new Waypoint(At(climbStart, cruiseAltitudeM), last.SpeedMps));
        result.Add(new Waypoint(At(popUp.DistanceM, popUp.AltitudeM), last.SpeedMps));
        result.Add(last);
        return result;
    }

    /// <summary>Flies the route (and the extreme lateral offsets of the group) with its turns, to report a route too tight for them here.</summary>
    private void CheckTurns(IReadOnlyList<Waypoint> route, ThreatSpec spec, FlightSettings flight, double lateral, int count, YamlNode routeNode, YamlNode? popUpNode)
    {
        var list = (YamlSequenceNode)routeNode;
        double maxOffset = lateral * (count / 2);
        foreach (double offset in (double[])[0.0, maxOffset, -maxOffset])
        {
            try
            {
                _ = new RouteMover(route, 0.0, offset, RouteMover.LevelTurnAcceleration(flight.TurnLoadFactor));
            }
            catch (RouteGeometryException e)
            {
                // Waypoints after the original last-but-one are the pop-up's (or the last one).
                int original = list.Children.Count;
                YamlNode at = e.WaypointIndex < original - 1 ? list.Children[e.WaypointIndex] : popUpNode ?? list.Children[^1];
                string who = offset == 0 ? "" : FormattableString.Invariant($" (for the member flying {offset / 1000.0:0.#} km abreast)");
                throw _file.Error(at, $"a route {spec.Name} can fly with turns at {F(flight.TurnLoadFactor)} g (turn_g){who}", e.Message, foundIsText: false);
            }
        }
    }

    /// <summary>Reads a route of waypoints; a waypoint without a speed flies <paramref name="defaultSpeedMps"/>, none may exceed <paramref name="maxSpeedMps"/> (<paramref name="maxSpeedName"/> names that limit in messages); a group whose profile sets the altitude passes it as <paramref name="profileAltitudeM"/>.</summary>
    internal (IReadOnlyList<Waypoint> Route, string? Target) ReadRoute(YamlNode node, double defaultSpeedMps, double maxSpeedMps, string maxSpeedName, double? profileAltitudeM = null)
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

            double altitude;
            if (profileAltitudeM is double cruise)
            {
                if (m.Has("altitude"))
                {
                    throw _file.Error(m.KeyNode("altitude"), "no 'altitude' in a waypoint when the group's profile sets it (cruise_altitude)", "'altitude'", foundIsText: false);
                }

                altitude = cruise;
            }
            else
            {
                altitude = ValueReader.Quantity(_file, m.Required("altitude", "metres above sea level, e.g. 30 m"), QuantityKind.Length, 0, 100_000);
            }
            double speed = defaultSpeedMps;
            if (m.Optional("speed") is { } sn)
            {
                speed = ValueReader.Quantity(_file, sn, QuantityKind.Speed, 0, double.PositiveInfinity, minExclusive: true, machAltitudeM: altitude);
                if (speed > maxSpeedMps)
                {
                    throw _file.Error(sn, $"a speed of at most {F(maxSpeedMps)} m/s ({maxSpeedName})", $"that is {F(speed)} m/s");
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
                $"an aim point within {F(maxRange / 1000.0)} km of the launch point (the minimum-energy range of {spec.Name} at its burn-out speed of {F(spec.BurnoutSpeedMps)} m/s{(spec.BoostTimeS > 0 ? $", plus at most {F(0.5 * spec.BurnoutSpeedMps * spec.BoostTimeS / 1000.0)} km flown in its {F(spec.BoostTimeS)} s boost" : "")})",
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

using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Scenario;

/// <summary>Turns checked parameter values into the model's equipment specs, with the checks that involve two values.</summary>
internal static class EquipmentBuilder
{
    private const double G = 9.80665; // m/s² per g

    private static string N(double x) => x.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);

    public static RadarSpec Radar(ParameterSet p)
    {
        if (p["min_elevation"] >= p["max_elevation"])
        {
            throw p.Error("max_elevation", $"a maximum elevation above the minimum elevation ({N(p.Degrees("min_elevation"))} deg)");
        }

        if (p["min_range"] >= p["instrumented_range"])
        {
            throw p.Error("instrumented_range", $"an instrumented range beyond the minimum range ({N(p["min_range"])} m)");
        }

        return new RadarSpec(
            p.Name,
            Enum.Parse<RadarBand>(p.Text("band")),
            p["frequency"],
            p["reference_rcs"],
            p["reference_range"],
            p["reference_pd"],
            p["reference_pfa"],
            p["scan_period"],
            p.Degrees("azimuth_coverage"),
            p.Degrees("boresight_azimuth"),
            p.Degrees("min_elevation"),
            p.Degrees("max_elevation"),
            p["min_range"],
            p["instrumented_range"],
            p["range_resolution"],
            p.Degrees("azimuth_beamwidth"),
            p.Degrees("elevation_beamwidth"),
            p["range_sigma"],
            p.Degrees("azimuth_sigma"),
            p.Degrees("elevation_sigma"),
            p.Int("max_tracks"),
            RadarEquationOf(p))
        {
            SidelobeLevelDb = p.Has("sidelobe_level_db") ? p["sidelobe_level_db"] : RadarSpec.DefaultSidelobeLevelDb,
            ClutterImprovementDb = p.Has("clutter_improvement_db") ? p["clutter_improvement_db"] : 0.0,
            TrackDwell = TrackDwellOf(p),
        };
    }

    /// <summary>Track dwells on demand when the file gives track_dwell_budget, track_revisit and track_dwell_time (all or none).</summary>
    private static TrackDwellSpec? TrackDwellOf(ParameterSet p)
    {
        string[] keys = ["track_dwell_budget", "track_revisit", "track_dwell_time"];
        int given = keys.Count(p.Has);
        if (given == 0)
        {
            return null;
        }

        if (given < keys.Length)
        {
            string present = keys.First(p.Has);
            throw p.Error(present, $"track_dwell_budget, track_revisit and track_dwell_time together (missing: {string.Join(", ", keys.Where(k => !p.Has(k)))})");
        }

        var spec = new TrackDwellSpec(p["track_dwell_budget"], p["track_revisit"], p["track_dwell_time"]);
        if (spec.BudgetFraction >= 1.0)
        {
            throw p.Error("track_dwell_budget", "a fraction of the radar's time below 1 (the rest is left for search)");
        }

        if (spec.MaxDwellsPerRevisit < 1 && spec.BudgetFraction > 0)
        {
            throw p.Error("track_dwell_time", $"a dwell that fits in the budget: at most track_dwell_budget × track_revisit = {N(spec.BudgetFraction * spec.RevisitS)} s");
        }

        return spec;
    }

    /// <summary>The explicit radar-equation parameters when <c>detection_model</c> is <c>radar_equation</c>, else null.</summary>
    private static RadarEquationSpec? RadarEquationOf(ParameterSet p)
    {
        if (!p.Has("detection_model") || p.Text("detection_model") != "radar_equation")
        {
            return null;
        }

        foreach (string key in new[] { "peak_power", "antenna_gain_db", "pulse_width", "noise_figure_db", "losses_db" })
        {
            if (!p.Has(key))
            {
                throw p.Error("detection_model", $"'{key}' beside detection_model: radar_equation (it needs peak_power, antenna_gain_db, pulse_width, noise_figure_db and losses_db)");
            }
        }

        return new RadarEquationSpec(
            p["peak_power"],
            p["antenna_gain_db"],
            p["pulse_width"],
            p["noise_figure_db"],
            p["losses_db"],
            p.Has("pulses_per_dwell") ? p.Int("pulses_per_dwell") : 1);
    }

    public static LauncherSpec Launcher(ParameterSet p) =>
        new(p.Name, p.Int("canisters"), p["launch_interval"], p["reload_time"]);

    public static MissileSpec Missile(ParameterSet p)
    {
        if (p["propellant_mass"] >= p["launch_mass"])
        {
            throw p.Error("propellant_mass", $"a propellant mass below the launch mass ({N(p["launch_mass"])} kg)");
        }

        IReadOnlyList<double> mach = p.List("drag_mach");
        IReadOnlyList<double> cd = p.List("drag_cd");
        for (int i = 1; i < mach.Count; i++)
        {
            if (mach[i] <= mach[i - 1])
            {
                throw p.Error("drag_mach", "Mach numbers in strictly ascending order");
            }
        }

        if (cd.Count != mach.Count)
        {
            throw p.Error("drag_cd", $"one drag coefficient per Mach number in 'drag_mach' ({mach.Count})");
        }

        if (p["min_range"] >= p["max_range"])
        {
            throw p.Error("min_range", $"a minimum range below the maximum range ({N(p["max_range"])} m)");
        }

        if (p["min_altitude"] >= p["max_altitude"])
        {
            throw p.Error("max_altitude", $"a maximum altitude above the minimum altitude ({N(p["min_altitude"])} m)");
        }

        return new MissileSpec(
            p.Name,
            p["launch_mass"],
            p["propellant_mass"],
            p["thrust"],
            p["burn_time"],
            p["ejection_delay"],
            p["diameter"],
            mach.ToArray(),
            cd.ToArray(),
            p["max_lateral_acceleration"] / G,
            p["max_range"],
            p["min_range"],
            p["min_altitude"],
            p["max_altitude"],
            p["max_target_speed"],
            p["min_speed"],
            p["max_flight_time"],
            p["navigation_constant"],
            p.Text("seeker") == "active" ? SeekerKind.Active : SeekerKind.SemiActive,
            p["seeker_acquisition_range"],
            p["seeker_angle_sigma"],
            p["lethal_radius"],
            p["reliability"],
            p["single_shot_pk"],
            p["cost"],
            GuidanceLawOf(p),
            p.Has("autopilot_time_constant") ? p["autopilot_time_constant"] : 0.25,
            p.Has("divert_acceleration") ? p["divert_acceleration"] / G : 0.0,
            p.Has("min_endgame_speed") ? p["min_endgame_speed"] : double.NaN,
            p.Has("loft_angle") ? p["loft_angle"] : 0.0,
            p.Has("loft_min_range") ? p["loft_min_range"] : 0.0,
            p.Has("loft_full_range") ? p["loft_full_range"] : double.NaN,
            p.Has("max_normal_force_coefficient") ? p["max_normal_force_coefficient"] : double.NaN)
        {
            DamageFunction = p.Has("damage_function") && p.Text("damage_function") == "cookie_cutter" ? Weapons.DamageFunction.CookieCutter : Weapons.DamageFunction.Gaussian,
            BallisticMaxRangeM = p.Has("ballistic_max_range") ? p["ballistic_max_range"] : double.PositiveInfinity,
            BallisticMaxAltitudeM = p.Has("ballistic_max_altitude") ? p["ballistic_max_altitude"] : double.PositiveInfinity,
        };
    }

    private static Weapons.ProportionalNavigationLaw GuidanceLawOf(ParameterSet p)
    {
        if (!p.Has("guidance_law"))
        {
            return Weapons.ProportionalNavigationLaw.True;
        }

        return p.Text("guidance_law") switch
        {
            "pure_pn" => Weapons.ProportionalNavigationLaw.Pure,
            "augmented_pn" => Weapons.ProportionalNavigationLaw.Augmented,
            _ => Weapons.ProportionalNavigationLaw.True,
        };
    }

    public static ThreatSpec Threat(ParameterSet p)
    {
        ThreatCategory category = p.Text("category") switch
        {
            "cruise_missile" => ThreatCategory.CruiseMissile,
            "fighter" => ThreatCategory.Fighter,
            "stealth_fighter" => ThreatCategory.StealthFighter,
            "ballistic_missile" => ThreatCategory.BallisticMissile,
            _ => ThreatCategory.Drone,
        };

        if (p["cruise_speed"] > p["max_speed"])
        {
            throw p.Error("cruise_speed", $"a cruise speed no faster than the maximum speed ({N(p["max_speed"])} m/s)");
        }

        bool ballistic = category == ThreatCategory.BallisticMissile;
        foreach (string key in (string[])["burnout_speed", "reentry_ballistic_coefficient", "boost_time"])
        {
            if (!ballistic && p.Has(key))
            {
                throw p.Error(key, $"no '{key}' for a threat of category '{p.Text("category")}' (ballistic missiles only)", "remove it");
            }

            if (ballistic && key != "boost_time")
            {
                _ = p.Value(key); // required: reports the missing parameter at the item
            }
        }

        return new ThreatSpec(
            p.Name,
            category,
            p["rcs"],
            p.Int("swerling"),
            p["cruise_speed"],
            p["max_speed"],
            p["max_acceleration"] / G,
            ballistic ? p["burnout_speed"] : 0.0,
            ballistic ? p["reentry_ballistic_coefficient"] : 0.0)
        {
            RcsTable = p.Table("rcs_table"),
            BoostTimeS = ballistic && p.Has("boost_time") ? p["boost_time"] : 0.0,
        };
    }
}

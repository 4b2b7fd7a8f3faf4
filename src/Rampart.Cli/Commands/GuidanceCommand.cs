using System.Globalization;
using Rampart.Core.Weapons.Guidance;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart guidance miss …</c>: the miss distance of the linearised single-lag homing loop
/// (Zarchan, <i>Tactical and Strategic Missile Guidance</i>, ch. 3–4) from a target step
/// manoeuvre or a heading error, computed with the adjoint; with <c>--sweep</c>, miss against flight
/// time as a table (or JSON rows) and a PNG.
/// </summary>
internal static class GuidanceCommand
{
    public const string MissUsage = "rampart guidance miss --law pn|apn --nav-ratio N --time-constant T --flight-time TF (--target-accel A | --heading-error E --missile-speed V) [--sweep] [--out DIR] [--format table|json]";

    /// <summary>Largest navigation ratio accepted (textbook loops use 3 to 5).</summary>
    public const double MaxNavigationRatio = 20.0;

    /// <summary>Largest flight time in time constants: the adjoint takes 2,000 steps per time constant, and the miss has long died out by then.</summary>
    public const double MaxFlightTimeConstants = 1000.0;

    /// <summary>Rows of the sweep: flight times TF/100, 2·TF/100, …, TF.</summary>
    public const int SweepRows = 100;

    /// <summary>Intervals of the sweep's picture.</summary>
    private const int PlotPoints = 1000;

    public static int Execute(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 0 || args[0] != "miss")
        {
            throw new UsageException($"rampart guidance: expected miss, found {(args.Count == 0 ? "nothing" : $"'{args[0]}'")}; usage: {MissUsage}");
        }

        return Miss(args.Skip(1).ToList(), stdout, stderr);
    }

    private static int Miss(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var line = CommandLine.Parse(
            "guidance miss",
            args,
            new HashSet<string>(["--law", "--nav-ratio", "--time-constant", "--flight-time", "--target-accel", "--heading-error", "--missile-speed", "--out", "--format"], StringComparer.Ordinal),
            new HashSet<string>(["--sweep"], StringComparer.Ordinal));
        if (line.Positional.Count > 0)
        {
            throw new UsageException($"rampart guidance miss: unexpected argument '{line.Positional[0]}'; usage: {MissUsage}");
        }

        var c = CultureInfo.InvariantCulture;
        string format = line.GetChoice("--format", "table", "table", "json");
        string lawName = line.GetChoice("--law", "pn", "pn", "apn");
        var law = lawName == "apn" ? HomingLaw.AugmentedProportionalNavigation : HomingLaw.ProportionalNavigation;
        double n = CliQuantity.Positive(line, "--nav-ratio", CliQuantity.Required(line, "--nav-ratio", "N", MissUsage));
        if (n > MaxNavigationRatio)
        {
            throw new UsageException(string.Create(c, $"rampart guidance miss: option --nav-ratio expects a navigation ratio above 0 and at most {MaxNavigationRatio}, found '{line.Get("--nav-ratio")}'"));
        }

        string tText = CliQuantity.Required(line, "--time-constant", "T", MissUsage);
        double t = CliQuantity.Duration(line, "--time-constant", tText);
        if (t < 0)
        {
            throw new UsageException($"rampart guidance miss: option --time-constant expects a duration of at least 0 s, found '{tText}'");
        }

        string tfText = CliQuantity.Required(line, "--flight-time", "TF", MissUsage);
        double tf = CliQuantity.Duration(line, "--flight-time", tfText);
        if (!(tf > 0))
        {
            throw new UsageException($"rampart guidance miss: option --flight-time expects a duration above 0 s, found '{tfText}'");
        }

        if (t > 0 && tf / t > MaxFlightTimeConstants)
        {
            throw new UsageException(string.Create(c, $"rampart guidance miss: --flight-time may be at most {MaxFlightTimeConstants} time constants (the miss has died out long before), found {tf:R} s with --time-constant {t:R} s"));
        }

        var (disturbance, source) = Disturbance(line);
        bool sweep = line.Has("--sweep");
        if (!sweep && line.Has("--out"))
        {
            throw new UsageException("rampart guidance miss: option --out names where the --sweep picture goes; found --out without --sweep");
        }

        var loop = new HomingLoop(law, n, t);
        var adjoint = HomingLoopAdjoint.Run(loop, tf);
        double miss = adjoint.Miss(disturbance, tf);
        double[] times = [.. Enumerable.Range(1, SweepRows).Select(k => tf * k / SweepRows)];
        double[] misses = sweep ? [.. times.Select(x => adjoint.Miss(disturbance, x))] : [];

        // Zarchan's normalisations: miss/(n_t·T²) for a step manoeuvre, miss/(−V_m·HE·T) for a heading error.
        double? scale = t == 0 ? null : source.Kind == "target_accel" ? disturbance.TargetAccelerationMps2 * t * t : disturbance.InitialRelativeVelocityMps * t;
        double? normalised = scale is double s && s != 0 ? miss / s : null;

        if (sweep)
        {
            string picture = $"guidance-miss-{lawName}-{source.Kind.Replace('_', '-')}.png";
            var output = Output.OutputDirectory.Open(line.Get("--out") ?? ".", [picture], overwrite: true, "guidance miss");
            using (var png = output.CreateTemporary(picture))
            {
                string title = string.Create(c, $"Linearised homing loop: {lawName.ToUpperInvariant()}, N′ = {n:0.###}, T = {t:0.###} s, {source.Text}");
                // The picture is drawn finer than the table (1,000 points from t_F = 0) so peaks are not clipped.
                double[] plotTimes = [.. Enumerable.Range(0, PlotPoints + 1).Select(k => tf * k / PlotPoints)];
                Rampart.Analysis.Plots.MissCurvePlot.Write(png, title, plotTimes, [.. plotTimes.Select(x => adjoint.Miss(disturbance, x))]);
            }

            output.CommitAll();
            stderr.WriteLine("rampart: wrote " + Path.Combine(output.FullPath, picture));
        }

        if (format == "json")
        {
            CliQuantity.WriteJson(stdout, json =>
            {
                json.WriteString("law", lawName);
                json.WriteNumber("nav_ratio", n);
                json.WriteNumber("time_constant_s", t);
                json.WriteNumber("flight_time_s", tf);
                if (source.Kind == "target_accel")
                {
                    json.WriteNumber("target_accel_mps2", disturbance.TargetAccelerationMps2);
                }
                else
                {
                    json.WriteNumber("heading_error_rad", source.HeadingErrorRad);
                    json.WriteNumber("missile_speed_mps", source.MissileSpeedMps);
                }

                json.WriteNumber("miss_m", miss);
                if (normalised is double z)
                {
                    json.WriteNumber("normalised_miss", z);
                }

                if (sweep)
                {
                    json.WriteStartArray("rows");
                    for (int i = 0; i < times.Length; i++)
                    {
                        json.WriteStartObject();
                        json.WriteNumber("flight_time_s", times[i]);
                        json.WriteNumber("miss_m", misses[i]);
                        if (scale is double rowScale && rowScale != 0)
                        {
                            json.WriteNumber("normalised_miss", misses[i] / rowScale);
                        }

                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }
            });
        }
        else
        {
            stdout.WriteLine(string.Create(c, $"linearised single-lag homing loop: {lawName.ToUpperInvariant()}, N′ = {n:R}, T = {t:R} s, {source.Text}"));
            stdout.WriteLine(string.Create(c, $"miss at flight time {tf:R} s: {miss:0.####} m{(normalised is double z ? string.Create(c, $" ({source.NormalisedName} = {z:0.####})") : "")} (adjoint method)"));
            if (sweep)
            {
                stdout.WriteLine();
                stdout.WriteLine("flight time s      miss m");
                for (int i = 0; i < times.Length; i++)
                {
                    stdout.WriteLine(string.Create(c, $"{times[i],13:0.###}   {misses[i],10:0.####}"));
                }
            }
        }

        return 0;
    }

    private sealed record Source(string Kind, string Text, string NormalisedName, double HeadingErrorRad, double MissileSpeedMps);

    private static (HomingDisturbance Disturbance, Source Source) Disturbance(CommandLine line)
    {
        var c = CultureInfo.InvariantCulture;
        string? accel = line.Get("--target-accel");
        string? heading = line.Get("--heading-error");
        string? speed = line.Get("--missile-speed");
        if (accel is not null && (heading is not null || speed is not null))
        {
            throw new UsageException($"rampart guidance miss: expected either --target-accel or --heading-error with --missile-speed, found both; usage: {MissUsage}");
        }

        if (accel is not null)
        {
            double nt = CliQuantity.Acceleration(line, "--target-accel", accel);
            return (HomingDisturbance.TargetStep(nt), new Source("target_accel", string.Create(c, $"target step manoeuvre {nt:0.###} m/s² ({nt / 9.80665:0.###} g)"), "miss/(n_t·T²)", 0, 0));
        }

        if (heading is null && speed is null)
        {
            throw new UsageException($"rampart guidance miss: expected --target-accel A or --heading-error E with --missile-speed V, found neither; usage: {MissUsage}");
        }

        if (heading is null || speed is null)
        {
            throw new UsageException($"rampart guidance miss: --heading-error and --missile-speed go together, found only {(heading is null ? "--missile-speed" : "--heading-error")}; usage: {MissUsage}");
        }

        double he = CliQuantity.Angle(line, "--heading-error", heading);
        double vm = CliQuantity.Speed(line, "--missile-speed", speed);
        if (!(vm > 0))
        {
            throw new UsageException($"rampart guidance miss: option --missile-speed expects a speed above 0, found '{speed}'");
        }

        if (Math.Abs(he) > Math.PI / 2)
        {
            throw new UsageException($"rampart guidance miss: option --heading-error expects an angle within ±90 deg (the loop is linearised about the collision course), found '{heading}'");
        }

        var d = HomingDisturbance.HeadingError(vm, he);
        return (d, new Source("heading_error", string.Create(c, $"heading error {he * 180 / Math.PI:0.###} deg at {vm:0.#} m/s (y′(0) = −V_m·HE = {d.InitialRelativeVelocityMps:0.#} m/s)"), "miss/(−V_m·HE·T)", he, vm));
    }
}

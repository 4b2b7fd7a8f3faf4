using Rampart.Cli.Commands;
using Rampart.Core.Events;
using Rampart.Core.Input;

namespace Rampart.Cli;

/// <summary>The <c>rampart</c> command.</summary>
internal static class Program
{
    private const string Help = """
        rampart — an open simulator of long-range surface-to-air missile defence (S-400 class)

        usage:
          rampart run SCENARIO [--seed N] [--out DIR] [--format table|json] [--overwrite]
                      [--metrics [--gospa-c C] [--gospa-p P] [--association-gate G]]
              one simulated engagement: a summary table (or JSON); with --out, events.jsonl, summary.json,
              run.sqlite, run.czml, run.kml, map.png, altitude.png and timeline.png; --metrics scores each
              command post's tracks against truth every second (GOSPA c = 5 km by default, p = 1; gate = c):
              GOSPA and split, OSPA, completeness, ambiguity, spuriousness, track breaks, NEES (over time in metrics.csv)
          rampart mc SCENARIO -n N [--seed S] [--threads T] [--shard K/M] [--out DIR] [--format table|json] [--until-ci-width W]
              a Monte Carlo study of N replications: leak probability with its 95 % interval, leakers, damage, interceptors
          rampart mc-merge DIR... [--format table|json]
              the statistics of a study run in shards (mc --shard K/M --out DIR), as one unsharded run
          rampart compare A.yaml B.yaml -n N [--seed S] [--threads T] [--format table|json]
              both scenarios on the same seeds: differences B − A in leakers and interceptors with 95 % intervals
          rampart sweep SCENARIO --vary PATH=V1,V2,... -n N [--seed S] [--threads T] [--out DIR] [--format table|json]
              a study at each value of one parameter (e.g. batteries.0.doctrine.salvo_size=1,2), tabulated and plotted
          rampart validate SCENARIO
              check a scenario file without running it
          rampart wta --instance FILE [--solver heuristic|exact] [--time-limit S] [--format table|json]
              solve one weapon-target assignment instance (Andersen et al. 2022 text format)
          rampart track --detections D.csv [--sensors SITES.yaml] [--truth T.csv] --out DIR [--process-noise Q]
                        [--measurement-sigma S] [--pd P] [--clutter-density L] [--confirm M/N] [--delete-after K]
                        [--gospa-c C] [--gospa-p P] [--association-gate G] [--conversion standard|debiased]
                        [--format table|json] [--overwrite]
              the tracker alone: detections time_s,x_m,y_m go to the 2-D tracker; polar ones
              time_s,sensor,range_m,azimuth_deg,elevation_deg (told by the header row) with --sensors (names,
              positions, sigmas; see docs/tracking-files.md) to the 3-D tracker (--conversion: Mo et al.'s unbiased
              converted measurements, the default, or the plain ones); writes tracks.csv and, with truth
              (time_s,truth_id,x_m,y_m[,z_m]), metrics.json (GOSPA c = 500 m, OSPA, completeness, ambiguity,
              spuriousness, track breaks, NEES, tracking time)
          rampart radar required-snr --pd P --pfa F [--pulses N] [--swerling K] [--format table|json]
          rampart radar pd --snr-db S --pfa F [--pulses N] [--swerling K] [--format table|json]
              detection statistics: single-pulse SNR for P_d, or P_d at an SNR (Swerling 0-4, N pulses integrated)
          rampart radar horizon --antenna-height H --target-altitude A [--k K] [--format table|json]
              the radar horizon over the k-earth (4/3 by default)
          rampart coverage --radar NAME --rcs SIGMA [--pd P] [--pfa F] [--swerling K] [--antenna-height H] [--k K] [--format table|json]
              vertical coverage: detection range vs altitude (10 m to 30 km) and elevation, horizon- and power-limited
          rampart coverage --scenario SCENARIO --map --altitude A [--rcs SIGMA] [--pd P] [--pfa F] [--swerling K] [--out DIR] [--format table|json]
              horizontal coverage of the scenario's radars at one altitude (default 1 m²), with terrain masking when the
              scenario has terrain: coverage-map.png and coverage-map.geojson (RFC 7946 polygons) in --out DIR
          rampart guidance miss --law pn|apn --nav-ratio N --time-constant T --flight-time TF
                                (--target-accel A | --heading-error E --missile-speed V) [--sweep] [--out DIR] [--format table|json]
              miss distance of the linearised single-lag homing loop (Zarchan; adjoint method), signed as the
              textbooks plot it (y'(0) = -V_m*HE; units accepted: 3g, -20deg, 3000m/s, 1s); --sweep adds miss
              vs flight time (TF/100 .. TF) as a table and guidance-miss-LAW-SOURCE.png in --out DIR (default: here)
          rampart envelope --missile NAME --target-speed V --target-altitude A [--aspect head-on|crossing|tail] [--out DIR] [--format table|json]
              engagement envelope from the full flyout model against a non-manoeuvring target: maximum and minimum
              intercept ground range vs target altitude (table or JSON; PNG diagram in --out, default .)
          rampart --version | --help

        SCENARIO is a path, or the name of a shipped example (quickstart, saturation, s500-abm, s500-abm-s400-only).
        Exit codes: 0 success, 2 bad input (the message names file, line and column), 1 internal error.
        """;

    /// <summary>The usage lines of one command (each "rampart CMD …" line with the description under it), or the whole help.</summary>
    private static string HelpFor(string command)
    {
        var lines = Help.Split('\n');
        var picked = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            string t = lines[i].Trim();
            if (t == "rampart " + command || t.StartsWith("rampart " + command + " ", StringComparison.Ordinal))
            {
                picked.Add(lines[i]);
                int indent = lines[i].Length - lines[i].TrimStart().Length;
                while (i + 1 < lines.Length && lines[i + 1].Trim().Length > 0 && lines[i + 1].Length - lines[i + 1].TrimStart().Length > indent)
                {
                    picked.Add(lines[++i]);
                }
            }
        }

        return picked.Count == 0 ? Help : "usage:\n" + string.Join('\n', picked);
    }

    private static int Main(string[] args)
    {
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the command line; returns the exit code. Errors are reported on <paramref name="stderr"/>, never as stack traces.</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                stdout.WriteLine(Help);
                return args.Length == 0 ? 2 : 0;
            }

            if (args[0] is "--version" or "version")
            {
                stdout.WriteLine("rampart " + RunStamp.CurrentVersion);
                return 0;
            }

            var rest = args.Skip(1).ToList();
            if (rest.Contains("--help") || rest.Contains("-h"))
            {
                stdout.WriteLine(HelpFor(args[0]));
                return 0;
            }

            return args[0] switch
            {
                "run" => RunCommand.Execute(rest, stdout, stderr),
                "mc" => McCommand.Execute(rest, stdout, stderr),
                "mc-merge" => McMergeCommand.Execute(rest, stdout, stderr),
                "compare" => CompareCommand.Execute(rest, stdout, stderr),
                "sweep" => SweepCommand.Execute(rest, stdout, stderr),
                "validate" => ValidateCommand.Execute(rest, stdout),
                "wta" => WtaCommand.Execute(rest, stdout),
                "track" => TrackCommand.Execute(rest, stdout),
                "radar" => RadarCommand.Execute(rest, stdout),
                "coverage" => CoverageCommand.Execute(rest, stdout, stderr),
                "guidance" => GuidanceCommand.Execute(rest, stdout, stderr),
                "envelope" => EnvelopeCommand.Execute(rest, stdout, stderr),
                _ => throw new UsageException($"rampart: unknown command '{args[0]}'; expected one of run, mc, mc-merge, compare, sweep, validate, wta, track, radar, coverage, guidance, envelope (see rampart --help)"),
            };
        }
        catch (InputFileException e)
        {
            stderr.WriteLine(e.Message);
            return 2;
        }
        catch (UsageException e)
        {
            stderr.WriteLine(e.Message);
            return 2;
        }
        catch (IOException e)
        {
            stderr.WriteLine("rampart: " + e.Message);
            return 2;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine("rampart: " + e.Message);
            return 2;
        }
#pragma warning disable CA1031 // The last line of defence: an unexpected exception is an internal error (exit 1), reported in one line, never as a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"rampart: internal error: {e.GetType().Name}: {e.Message} (please report it with the command line and the scenario file)");
            return 1;
        }
    }
}

using Rampart.Cli.Commands;
using Rampart.Core.Events;
using Rampart.Core.Scenario;

namespace Rampart.Cli;

/// <summary>The <c>rampart</c> command.</summary>
internal static class Program
{
    private const string Help = """
        rampart — an open simulator of long-range surface-to-air missile defence (S-400 class)

        usage:
          rampart run SCENARIO [--seed N] [--out DIR] [--format table|json] [--overwrite]
              one simulated engagement: a summary table (or JSON); with --out, events.jsonl and summary.json
          rampart validate SCENARIO
              check a scenario file without running it
          rampart wta --instance FILE [--solver heuristic|exact] [--time-limit S] [--format table|json]
              solve one weapon-target assignment instance (Andersen et al. 2022 text format)
          rampart --version | --help

        SCENARIO is a path, or the name of a shipped example (quickstart, saturation).
        Exit codes: 0 success, 2 bad input (the message names file, line and column), 1 internal error.
        """;

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
            return args[0] switch
            {
                "run" => RunCommand.Execute(rest, stdout, stderr),
                "validate" => ValidateCommand.Execute(rest, stdout),
                "wta" => WtaCommand.Execute(rest, stdout),
                _ => throw new UsageException($"rampart: unknown command '{args[0]}'; expected one of run, validate, wta (see rampart --help)"),
            };
        }
        catch (ScenarioException e)
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

namespace Rampart.Cli.Commands;

/// <summary><c>rampart validate SCENARIO</c>: loads and checks a scenario without running it.</summary>
internal static class ValidateCommand
{
    public const string Usage = "rampart validate SCENARIO";

    public static int Execute(IReadOnlyList<string> args, TextWriter stdout)
    {
        var line = CommandLine.Parse("validate", args, new HashSet<string>(), new HashSet<string>());
        var scenario = ScenarioFiles.Load(line.SinglePositional("a scenario file (" + Usage + ")"), "validate");
        int threats = scenario.Threats.Sum(t => t.Count);
        int fireUnits = scenario.Batteries.Sum(b => b.FireUnits.Count);
        stdout.WriteLine(
            $"{scenario.SourcePath}: ok — {scenario.Batteries.Count} battery(ies), {fireUnits} fire unit(s), {scenario.Assets.Count} asset(s), {threats} threat(s) in {scenario.Threats.Count} group(s), {scenario.DurationS:0} s{Extras(scenario)}");
        return 0;
    }

    /// <summary>The radar environment and jammers, when the scenario has them.</summary>
    private static string Extras(Rampart.Core.Scenario.Model.ScenarioModel scenario)
    {
        var env = scenario.Environment;
        string sea = env.Surface == Rampart.Core.Scenario.Model.SurfaceKind.Sea
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", sea state {env.SeaState}{(env.Multipath ? " with multipath" : "")}")
            : "";
        string jammers = scenario.Jammers.Count > 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", {scenario.Jammers.Count} jammer(s)")
            : "";
        return sea + jammers;
    }
}

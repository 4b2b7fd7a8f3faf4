using System.Globalization;

namespace Rampart.Cli.Tests;

/// <summary>What one call of <see cref="Program.Run"/> produced.</summary>
/// <param name="ExitCode">The process exit code the command would return.</param>
/// <param name="Stdout">Everything written to standard output.</param>
/// <param name="Stderr">Everything written to standard error.</param>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The non-empty lines of standard error.</summary>
    public IReadOnlyList<string> StderrLines =>
        Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Runs <c>rampart ARGS</c> in-process with its own writers.</summary>
    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        int code = Program.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// Asserts the contract for bad input (issue 2, item 6): exit code 2, nothing on stdout, one
    /// message on stderr and no stack trace. Returns that message.
    /// </summary>
    public string AssertBadInput()
    {
        Assert.True(ExitCode == 2, $"expected exit code 2, got {ExitCode}; stderr: {Stderr}");
        Assert.Equal("", Stdout);
        Assert.DoesNotContain("   at ", Stderr, StringComparison.Ordinal);
        return Assert.Single(StderrLines);
    }
}

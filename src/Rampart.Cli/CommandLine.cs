using System.Globalization;

namespace Rampart.Cli;

/// <summary>
/// A parsed command line: positional arguments and <c>--name value</c> / <c>--flag</c> options.
/// Each command declares the options it accepts; anything else is a usage error that names it.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    private CommandLine(string command, List<string> positional)
    {
        Command = command;
        Positional = positional;
    }

    public string Command { get; }

    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses <paramref name="args"/> after the command word.</summary>
    /// <param name="valued">Options that take a value.</param>
    /// <param name="flags">Options that take none.</param>
    public static CommandLine Parse(string command, IReadOnlyList<string> args, IReadOnlySet<string> valued, IReadOnlySet<string> flags)
    {
        var positional = new List<string>();
        var line = new CommandLine(command, positional);
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                string name = a, value = "";
                int eq = a.IndexOf('=', StringComparison.Ordinal);
                bool inline = eq > 0;
                if (inline)
                {
                    name = a[..eq];
                    value = a[(eq + 1)..];
                }

                if (valued.Contains(name))
                {
                    if (!inline)
                    {
                        if (i + 1 >= args.Count)
                        {
                            throw new UsageException($"rampart {command}: option {name} expects a value, found the end of the command line");
                        }

                        value = args[++i];
                    }

                    line._options[name] = value;
                }
                else if (flags.Contains(name))
                {
                    if (inline)
                    {
                        throw new UsageException($"rampart {command}: option {name} takes no value, found '{value}'");
                    }

                    line._options[name] = null;
                }
                else
                {
                    var known = valued.Concat(flags).Order(StringComparer.Ordinal);
                    throw new UsageException($"rampart {command}: unknown option '{name}'; expected one of {string.Join(", ", known)}");
                }
            }
            else
            {
                positional.Add(a);
            }
        }

        return line;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.TryGetValue(name, out var v) ? v : null;

    public ulong? GetUInt64(string name)
    {
        string? v = Get(name);
        if (v is null)
        {
            return null;
        }

        return ulong.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out ulong n)
            ? n
            : throw new UsageException($"rampart {Command}: option {name} expects a non-negative integer, found '{v}'");
    }

    public string GetChoice(string name, string fallback, params string[] choices)
    {
        string v = Get(name) ?? fallback;
        return choices.Contains(v, StringComparer.Ordinal)
            ? v
            : throw new UsageException($"rampart {Command}: option {name} expects one of {string.Join(", ", choices)}, found '{v}'");
    }

    public string SinglePositional(string what)
    {
        return Positional.Count switch
        {
            1 => Positional[0],
            0 => throw new UsageException($"rampart {Command}: expected {what}, found nothing"),
            _ => throw new UsageException($"rampart {Command}: expected only {what}, found {Positional.Count} arguments: {string.Join(" ", Positional)}"),
        };
    }
}

namespace DocGen.Cli;

/// <summary>
/// The command line after the command name: positional arguments and <c>--name value</c> /
/// <c>-o value</c> options; flags are options listed in <c>flags</c> and take no value.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);

    private CliArguments(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    public static CliArguments Parse(IReadOnlyList<string> args, params string[] flags)
    {
        var positional = new List<string>();
        var parsed = new CliArguments(positional);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.Length > 1 && arg[0] == '-' && !double.TryParse(arg, out _))
            {
                var name = arg.TrimStart('-');
                var eq = name.IndexOf('=');
                string value;
                if (eq >= 0) { value = name[(eq + 1)..]; name = name[..eq]; }
                else if (flags.Contains(name)) value = "true";
                else if (i + 1 < args.Count) value = args[++i];
                else throw new CliUsageException($"option {arg} needs a value");
                if (!parsed._options.TryGetValue(name, out var list)) parsed._options[name] = list = [];
                list.Add(value);
            }
            else
            {
                positional.Add(arg);
            }
        }
        return parsed;
    }

    public string? Option(params string[] names) =>
        names.Select(n => _options.TryGetValue(n, out var v) ? v[^1] : null).FirstOrDefault(v => v is not null);

    public IReadOnlyList<string> Options(string name) => _options.TryGetValue(name, out var v) ? v : [];

    public bool Flag(string name) => Option(name) == "true";

    public int IntOption(string name, int fallback)
    {
        var text = Option(name);
        if (text is null) return fallback;
        return int.TryParse(text, out var value) && value > 0
            ? value
            : throw new CliUsageException($"--{name} must be a whole number above 0, not \"{text}\"");
    }

    public string RequirePositional(int index, string what) =>
        index < Positional.Count ? Positional[index] : throw new CliUsageException($"missing {what}");
}

/// <summary>The command line is wrong; the message says how.</summary>
public sealed class CliUsageException(string message) : Exception(message);

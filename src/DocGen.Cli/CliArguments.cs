using System.CommandLine;
using DocGen.Cli.CommandLine;

namespace DocGen.Cli;

/// <summary>
/// What was given to one command, as <see cref="DocGenCommandLine"/> parsed it: its arguments in
/// order and its options by name (<c>"o"</c> or <c>"output"</c> for <c>-o/--output</c>). Only
/// options the command declares exist; asking for another is a bug, not a user error.
/// </summary>
public sealed class CliArguments
{
    private readonly ParseResult _parse;

    internal CliArguments(ParseResult parse)
    {
        _parse = parse;
        Positional = parse.CommandResult.Command.Arguments
            .SelectMany(a => parse.GetResult(a)?.Tokens.Select(t => t.Value) ?? [])
            .ToList();
    }

    /// <summary>
    /// Parses <paramref name="command"/> and its arguments as docgen would (for tests and callers in
    /// this process); a command line docgen would refuse throws <see cref="CliUsageException"/>.
    /// </summary>
    public static CliArguments Parse(string command, params string[] args)
    {
        var root = DocGenCommandLine.Build((_, _, _) => Task.FromResult(0));
        var parse = root.Parse([.. command.Split(' '), .. args]);
        if (parse.Errors.Count > 0) throw new CliUsageException(string.Join("; ", parse.Errors.Select(e => e.Message)));
        return new CliArguments(parse);
    }

    public IReadOnlyList<string> Positional { get; }

    public string? Option(params string[] names) =>
        names.Select(Find).FirstOrDefault(o => o is not null) is { } option ? _parse.GetValue<string>(option.Name) : null;

    public bool Flag(string name) => Find(name) is { } option && _parse.GetValue<bool>(option.Name);

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

    private Option? Find(string name)
    {
        var alias = name.Length == 1 ? "-" + name : "--" + name;
        return _parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == alias || o.Aliases.Contains(alias));
    }
}

/// <summary>The command line is wrong; the message says how.</summary>
public sealed class CliUsageException(string message) : Exception(message);

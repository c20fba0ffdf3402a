using System.Text.RegularExpressions;

namespace DocGen.Repository.Tests;

/// <summary>A link in a Markdown file: its target as written and the line it is on.</summary>
internal sealed record MarkdownLink(string Target, int Line);

/// <summary>One command line of a fenced shell block (continuations joined), and the line it starts on.</summary>
internal sealed record ShellCommand(string Text, int Line);

/// <summary>
/// The parts of a Markdown file the docs checks read: links outside code, heading anchors as GitHub
/// makes them, and the command lines of ```sh blocks.
/// </summary>
internal sealed partial class MarkdownFile
{
    public string Path { get; }
    public IReadOnlyList<string> Lines { get; }

    public MarkdownFile(string path, string text)
    {
        Path = path;
        Lines = text.Split('\n');
    }

    public static MarkdownFile Read(string path) => new(path, File.ReadAllText(path));

    public IEnumerable<MarkdownLink> Links()
    {
        foreach (var (line, number) in ProseLines())
        {
            var prose = InlineCode().Replace(line, "");
            foreach (Match m in LinkPattern().Matches(prose)) yield return new(m.Groups["target"].Value, number);
        }
    }

    /// <summary>GitHub's anchors: lower case, punctuation dropped (CJK letters kept), spaces to hyphens, repeats numbered.</summary>
    public IReadOnlySet<string> Anchors()
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, _) in ProseLines())
        {
            var heading = HeadingPattern().Match(line);
            if (!heading.Success) continue;
            var slug = Slug(heading.Groups["text"].Value);
            var n = seen.GetValueOrDefault(slug);
            seen[slug] = n + 1;
            anchors.Add(n == 0 ? slug : $"{slug}-{n}");
        }
        return anchors;
    }

    public static string Slug(string heading)
    {
        var text = LinkPattern().Replace(heading, m => m.Groups["text"].Value).Trim().ToLowerInvariant();
        var kept = text.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);
        return string.Concat(kept).Replace(' ', '-');
    }

    /// <summary>Command lines of ```sh / ```bash / ```shell blocks, comments dropped, `\` continuations joined.</summary>
    public IEnumerable<ShellCommand> ShellCommands()
    {
        var inShell = false;
        var inFence = false;
        var pending = "";
        var start = 0;
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i].TrimEnd('\r');
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                inShell = inFence && line.Trim() is "```sh" or "```bash" or "```shell";
                continue;
            }
            if (!inShell) continue;
            var code = StripComment(line).TrimEnd();
            if (pending.Length == 0) start = i + 1;
            if (code.EndsWith('\\') || code.EndsWith('|'))
            {
                pending += code.TrimEnd('\\') + " ";
                continue;
            }
            var command = (pending + code).Trim();
            pending = "";
            if (command.Length > 0) yield return new(command, start);
        }
    }

    private static string StripComment(string line)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c is '\'' or '"') quote = c;
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1]))) return line[..i];
        }
        return line;
    }

    private IEnumerable<(string Line, int Number)> ProseLines()
    {
        var inFence = false;
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i].TrimEnd('\r');
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) { inFence = !inFence; continue; }
            if (!inFence) yield return (line, i + 1);
        }
    }

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*$")]
    private static partial Regex HeadingPattern();
}

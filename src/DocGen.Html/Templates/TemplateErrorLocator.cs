using System.Text.RegularExpressions;

namespace DocGen.Html.Templates;

/// <summary>
/// Finds the line a Handlebars error is about. The parser reports "Occured at: L:C" (L from 0);
/// the compiler names only the block ("'if' was closed", "closing element '/x'"), so we look
/// for that block's tag in the source.
/// </summary>
internal static partial class TemplateErrorLocator
{
    public static int LineOf(string source, string message)
    {
        var at = OccurredAt().Match(message);
        if (at.Success) return int.Parse(at.Groups[1].Value) + 1;
        var block = QuotedBlock().Match(message);
        if (block.Success)
        {
            var name = block.Groups[1].Value.TrimStart('#');
            var tag = name.StartsWith('/') ? "{{" + name : "{{#" + name;
            var index = name.StartsWith('/') ? source.IndexOf(tag, StringComparison.Ordinal) : source.LastIndexOf(tag, StringComparison.Ordinal);
            if (index >= 0) return LineAt(source, index);
        }
        return 1;
    }

    public static int LineAt(string source, int index) => 1 + source.AsSpan(0, index).Count('\n');

    [GeneratedRegex(@"Occured at:\s*(\d+):\d+")]
    private static partial Regex OccurredAt();

    [GeneratedRegex(@"'([#/]?[\w.-]+)'")]
    private static partial Regex QuotedBlock();
}

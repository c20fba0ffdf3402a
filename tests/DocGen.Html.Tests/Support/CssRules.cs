using System.Text.RegularExpressions;

namespace DocGen.Html.Tests.Support;

/// <summary>
/// A stylesheet read into (media, selector, declarations) rules: enough to check what the phone
/// and print blocks say. Comments are dropped; a selector list becomes one rule per selector.
/// </summary>
internal sealed partial record CssRules(IReadOnlyList<CssRule> Rules)
{
    public static CssRules Parse(string css) => new(ParseBlock(Comment().Replace(css, ""), "").ToArray());

    public IEnumerable<CssRule> In(string media) => Rules.Where(r => r.Media == media);

    public string? Value(string media, string selector, string property) =>
        In(media).Where(r => r.Selector == selector).Select(r => r.Declarations.GetValueOrDefault(property)).LastOrDefault(v => v is not null);

    private static IEnumerable<CssRule> ParseBlock(string css, string media)
    {
        var i = 0;
        while (i < css.Length)
        {
            var open = css.IndexOf('{', i);
            if (open < 0) yield break;
            var prelude = css[i..open].Trim();
            var close = MatchingBrace(css, open);
            var body = css[(open + 1)..close];
            if (prelude.StartsWith("@media", StringComparison.Ordinal))
            {
                foreach (var rule in ParseBlock(body, Regex.Replace(prelude["@media".Length..].Trim(), @"\s+", " "))) yield return rule;
            }
            else if (!prelude.StartsWith('@'))
            {
                var declarations = body.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(d => d.Split(':', 2))
                    .Where(p => p.Length == 2)
                    .ToDictionary(p => p[0].Trim(), p => Regex.Replace(p[1].Trim(), @"\s+", " "));
                foreach (var selector in prelude.Split(',', StringSplitOptions.TrimEntries))
                    yield return new CssRule(media, Regex.Replace(selector, @"\s+", " "), declarations);
            }
            i = close + 1;
        }
    }

    private static int MatchingBrace(string css, int open)
    {
        var depth = 0;
        for (var i = open; i < css.Length; i++)
        {
            if (css[i] == '{') depth++;
            else if (css[i] == '}' && --depth == 0) return i;
        }
        throw new FormatException($"unclosed '{{' at {open}");
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();
}

internal sealed record CssRule(string Media, string Selector, IReadOnlyDictionary<string, string> Declarations);

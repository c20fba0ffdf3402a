using System.Text.RegularExpressions;

namespace DocGen.Import.Recognition;

/// <summary>
/// The agency a report without a title line names in its text ("…可与闽侯县商务局办公室联系"):
/// a place (…省/市/县/区, a 街道) followed by a body (…局/委员会/人民政府/办公室, a street's 办事处). A regex match may start
/// a few characters early ("可与闽侯县"), so the place is cut to the form the text uses most.
/// </summary>
public static partial class AgencyMention
{
    [GeneratedRegex(@"(?<place>[\u4e00-\u9fff]{1,5}?(?:省|市|县|区|州|旗|街道))(?<body>[\u4e00-\u9fff]{1,12}?(?:局|委员会|人民政府|办公室)|办事处)")]
    private static partial Regex Mention();

    public static string? Find(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in Mention().Matches(text))
        {
            var place = m.Groups["place"].Value;
            // From the shortest form (2 characters) grow while the longer form is still the usual one.
            string? best = null;
            for (var start = place.Length - 2; start >= 0; start--)
            {
                var candidate = place[start..];
                if (Boundaries.Contains(candidate[0]) && candidate[0] != '经') break;
                if (best is not null && Occurrences(text, candidate) * 2 < Occurrences(text, best)) break;
                best = candidate;
            }
            if (best is null) continue;
            var name = best + m.Groups["body"].Value;
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }
        return counts.Count == 0 ? null : Whole(text, counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key);
    }

    // Words a name follows in running text ("可与…联系", "由…负责"); a character before a name that is not one of these is part of it.
    private const string Boundaries = "与和由对在是向为将及的了并或本该各我其此从于至按经由请即";

    /// <summary>
    /// The name grown to the left while every mention of it is preceded by the same character that
    /// is not a boundary word, so a fragment (济技术开发区管理委员会) becomes the whole name
    /// (呼伦贝尔经济技术开发区管理委员会).
    /// </summary>
    private static string Whole(string text, string name)
    {
        for (var grown = 0; grown < 12; grown++)
        {
            char? before = null;
            var at = text.IndexOf(name, StringComparison.Ordinal);
            for (; at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var c = at > 0 ? text[at - 1] : '\0';
                if (before is null) before = c;
                else if (before != c) return name;
            }
            // 经 starts names (经济技术开发区) as often as it ends a clause, so it is a boundary only at a name's start.
            if (before is not { } ch || ch is < '\u4e00' or > '\u9fff' || (Boundaries.Contains(ch) && !(ch == '经' && name.StartsWith('济')))) return name;
            name = ch + name;
        }
        return name;
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}

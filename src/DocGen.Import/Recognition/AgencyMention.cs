using System.Text.RegularExpressions;

namespace DocGen.Import.Recognition;

/// <summary>
/// The agency a report without a title line names in its text ("…可与闽侯县商务局办公室联系"):
/// a place (…省/市/县/区) followed by a body (…局/委员会/人民政府/办公室). A regex match may start
/// a few characters early ("可与闽侯县"), so the place is cut to the form the text uses most.
/// </summary>
public static partial class AgencyMention
{
    [GeneratedRegex(@"(?<place>[\u4e00-\u9fff]{1,5}?(?:省|市|县|区|州|旗))(?<body>[\u4e00-\u9fff]{1,8}?(?:局|委员会|人民政府|办公室))")]
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
                if (best is not null && Occurrences(text, candidate) * 2 < Occurrences(text, best)) break;
                best = candidate;
            }
            if (best is null) continue;
            var name = best + m.Groups["body"].Value;
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }
        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}

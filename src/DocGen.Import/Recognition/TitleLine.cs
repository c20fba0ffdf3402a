using System.Text.RegularExpressions;

namespace DocGen.Import.Recognition;

/// <summary>The report's title line ("盘锦市商务局2022年政府信息公开工作年度报告") and what it names.</summary>
public static partial class TitleLine
{
    [GeneratedRegex(@"^(?:标题[:：]\s*)?(?<agency>\S.*?)\s*(?<year>(?:19|20)\d{2})\s*年度?政府信息公开(?:工作)?(?:年度)?报告$")]
    private static partial Regex Title();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年度?政府信息公开(?:工作)?年度报告")]
    private static partial Regex YearMention();

    [GeneratedRegex(@"^(?:19|20)\d{2}\s*年度?政府信息公开")]
    private static partial Regex StartsWithYear();

    /// <summary>
    /// Whether two lines are one title broken after the agency ("洪泽区人民政府" / "2023年政府…")
    /// or after the year ("盘锦市商务局2022年" / "政府信息公开工作年度报告"), not a line of page
    /// chrome above a whole title.
    /// </summary>
    public static bool IsSplit(string first, string second)
    {
        var head = first.Trim();
        if (head.Length is 0 or > 30 || head.IndexOfAny([':', '：', '›', '>', '|']) >= 0) return false;
        return StartsWithYear().IsMatch(second.Trim()) || (head.EndsWith('年') && second.Trim().StartsWith("政府信息公开", StringComparison.Ordinal));
    }

    public sealed record Match(string Agency, int Year, string Text);

    public static Match? Read(string line)
    {
        var m = Title().Match(line.Trim());
        return m.Success ? new(m.Groups["agency"].Value.Trim(), int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture), line.Trim()) : null;
    }

    /// <summary>A year named as "2020年政府信息公开工作年度报告" inside running text, or 0.</summary>
    public static int YearMentioned(string text)
    {
        var m = YearMention().Match(text);
        return m.Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}

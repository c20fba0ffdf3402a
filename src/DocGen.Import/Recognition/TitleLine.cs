using System.Text.RegularExpressions;

namespace DocGen.Import.Recognition;

/// <summary>The report's title line ("盘锦市商务局2022年政府信息公开工作年度报告") and what it names.</summary>
public static partial class TitleLine
{
    [GeneratedRegex(@"^(?<agency>\S.*?)\s*(?<year>(?:19|20)\d{2})\s*年度?\s*政府信息公开(?:工作)?(?:年度)?报告$")]
    private static partial Regex Title();

    // The year first, the agency after it ("2019年上海市人民政府办公厅政府信息公开工作年度报告").
    [GeneratedRegex(@"^(?<year>(?:19|20)\d{2})\s*年度?(?<agency>[^\s\d].*?)\s*政府信息公开(?:工作)?(?:年度)?报告$")]
    private static partial Regex YearFirstTitle();

    // A catalogue's label before the title ("标题：", "名  称 "), or a page's font-size switch run into it ("大中小…").
    [GeneratedRegex(@"^(?:(?:标\s*题|名\s*称)\s*[:：]?\s*|【?\s*(?:字[体号]\s*[:：]?\s*)?大\s*中\s*小\s*】?\s*)")]
    private static partial Regex LabelPrefix();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年度?政府信息公开(?:工作)?年度报告")]
    private static partial Regex YearMention();

    // The preamble's period: "本年度报告中所列数据统计期限从2019年1月1日到12月31日止".
    [GeneratedRegex(@"统计(?:期限|时限|时间)\D{0,6}(?<year>(?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日")]
    private static partial Regex PeriodMention();

    [GeneratedRegex(@"(?<![0-9])(?<year>20[0-4]\d)(?![0-9])")]
    private static partial Regex FileNameYear();

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
        var tail = second.Trim();
        return StartsWithYear().IsMatch(tail) || (head.EndsWith('年') && tail.StartsWith("政府信息公开", StringComparison.Ordinal))
            // broken before its last words ("2024 年上海市科委政府信息公开工作" / "年度报告")
            || (tail.Length <= 6 && tail.EndsWith("报告", StringComparison.Ordinal) && head.Contains("政府信息公开", StringComparison.Ordinal));
    }

    public sealed record Match(string Agency, int Year, string Text);

    public static Match? Read(string line)
    {
        var text = LabelPrefix().Replace(line.Trim(), "");
        var m = Title().Match(text);
        if (!m.Success || m.Groups["agency"].Value.Trim().Length == 0) m = YearFirstTitle().Match(text) is { Success: true } first ? first : m;
        if (!m.Success || m.Groups["agency"].Value.IndexOfAny(NotInAName) >= 0) return null;
        return new(m.Groups["agency"].Value.Trim(), int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture), text);
    }

    /// <summary>
    /// Marks no body's name holds: a line with them before "…年度报告" is a crawler's field
    /// ("本地目录: zwgk/…/87885_平潭综合实验区2023年度…"), a path or a link, not the title.
    /// </summary>
    private static readonly char[] NotInAName = ['/', '\\', ':', '：', '_', '|', '='];

    /// <summary>The year of the period the preamble says the figures cover ("统计期限从2019年1月1日…"), or 0.</summary>
    public static int PeriodYear(string text)
    {
        var m = PeriodMention().Match(text);
        return m.Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>The one year a file name carries ("shanghai-2019.html"), or 0 when it has none or several.</summary>
    public static int FileYear(string fileName)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/'));
        var years = FileNameYear().Matches(name).Select(y => y.Value).Distinct().ToList();
        return years.Count == 1 ? int.Parse(years[0], System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>
    /// The title a file name carries ("汉阳区人民政府办公室2022年政府信息公开工作年度报告.cells.txt"):
    /// archives and crawlers name a saved page after its title. Null when the name is no title.
    /// </summary>
    public static Match? FromFileName(string fileName)
    {
        var name = System.IO.Path.GetFileName(fileName.Replace('\\', '/'));
        var dot = name.IndexOf('.');
        return Read(dot > 0 ? name[..dot] : name);
    }

    /// <summary>A year named as "2020年政府信息公开工作年度报告" inside running text, or 0.</summary>
    public static int YearMentioned(string text)
    {
        var m = YearMention().Match(text);
        return m.Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}

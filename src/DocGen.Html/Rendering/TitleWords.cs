using System.Text;
using System.Text.RegularExpressions;
using DocGen.Html.Templates;

namespace DocGen.Html.Rendering;

/// <summary>
/// The report title cut into the words a reader sees in it, for a title that wraps on a phone:
/// the agency's places and body (盘锦市 | 商务局, 示例市 | 人民政府 | 办公室), the year (2023年,
/// 2020年度), 政府信息公开 and 工作年度报告. The title is written with &lt;wbr&gt; between them and
/// set with <c>word-break: keep-all</c> (report.css), so a line breaks only there.
/// </summary>
internal static partial class TitleWords
{
    private const string Disclosure = "政府信息公开";

    public static IReadOnlyList<string> Split(string title)
    {
        var words = new List<string>();
        foreach (var part in AroundFixedWords(title))
        {
            if (part.Fixed) words.Add(part.Text);
            else words.AddRange(AgencyWords(part.Text));
        }
        return words;
    }

    /// <summary>The title as HTML: its words escaped, &lt;wbr&gt; between them.</summary>
    public static TrustedHtml Html(string title)
    {
        var html = new StringBuilder(title.Length + 40);
        var words = Split(title);
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0) html.Append("<wbr>");
            html.AppendEscaped(words[i]);
        }
        return new TrustedHtml(html.ToString());
    }

    /// <summary>The year and 政府信息公开 as words of their own, the text between them still to be cut.</summary>
    private static IEnumerable<(string Text, bool Fixed)> AroundFixedWords(string title)
    {
        var at = 0;
        foreach (Match match in FixedWord().Matches(title))
        {
            if (match.Index > at) yield return (title[at..match.Index], false);
            yield return (match.Value, true);
            at = match.Index + match.Length;
        }
        if (at < title.Length) yield return (title[at..], false);
    }

    /// <summary>Places first (示例市, 张店区, 城乡), then 人民政府 and what follows it; the rest whole.</summary>
    private static IEnumerable<string> AgencyWords(string text)
    {
        var rest = text;
        for (Match place; rest.Length > 0 && (place = Place().Match(rest)).Success && place.Length < rest.Length;)
        {
            yield return place.Value;
            rest = rest[place.Length..];
        }
        var government = rest.IndexOf("人民政府", StringComparison.Ordinal);
        if (government > 0) { yield return rest[..government]; rest = rest[government..]; }
        if (government >= 0 && rest.Length > "人民政府".Length) { yield return "人民政府"; rest = rest["人民政府".Length..]; }
        if (rest.Length > 0) yield return rest;
    }

    // 2023年, 2020年度; 政府信息公开; 工作年度报告 after it.
    [GeneratedRegex($"[0-9０-９]{{4}}年度?|{Disclosure}|(?<={Disclosure})工作年度报告")]
    private static partial Regex FixedWord();

    // A place name of 1–7 characters and its level: 示例市, 张店区, 内蒙古自治区, 某某街道.
    [GeneratedRegex("^[^省市区县旗镇乡（(]{1,7}?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|街道|新区|省|市|盟|区|县|旗|镇|乡)")]
    private static partial Regex Place();
}

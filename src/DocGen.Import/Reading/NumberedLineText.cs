namespace DocGen.Import.Reading;

/// <summary>
/// A LEGACY report captured as one line: its own numbered sections run into their text
/// ("…163.com一、概述2017年，在…二、主动公开政府信息情况（一）…"). The marks 一、 二、 … are found
/// in sequence; a heading ends at the last usual heading word (情况, 措施, 概述 …) before the first
/// figure, bracket, space or punctuation mark after its mark.
/// </summary>
public static class NumberedLineText
{
    private const string Numerals = "一二三四五六七八九十";
    private const int MaxHeadingLength = 30, MinSections = 4;
    private static readonly string[] HeadingEnds = ["情况", "措施", "事项", "概述", "说明", "统计表", "问题", "计划", "建议"];

    /// <summary>Where 一、 二、 … stand, in sequence, each with its heading's length; empty when fewer than four are found.</summary>
    public static List<(int At, int Length)> Headings(string text)
    {
        var found = new List<(int At, int Length)>();
        var from = 0;
        foreach (var numeral in Numerals)
        {
            var at = Mark(text, numeral, from);
            if (at < 0) break;
            var length = HeadingLength(text, at);
            if (length == 0) break;
            found.Add((at, length));
            from = at + length;
        }
        return found.Count >= MinSections ? found : [];
    }

    private static int Mark(string text, char numeral, int from)
    {
        for (var at = text.IndexOf(numeral, from); at >= 0 && at + 1 < text.Length; at = text.IndexOf(numeral, at + 1))
        {
            if (text[at + 1] == '、' && (at == 0 || !Numerals.Contains(text[at - 1]))) return at;
        }
        return -1;
    }

    private static int HeadingLength(string text, int at)
    {
        var limit = Math.Min(text.Length, at + MaxHeadingLength);
        var stop = at + 2;
        while (stop < limit && !IsBreak(text[stop])) stop++;
        var window = text[at..stop];
        var end = HeadingEnds.Select(e => window.LastIndexOf(e, StringComparison.Ordinal) is var k and >= 0 ? k + e.Length : 0).Max();
        return end > 2 ? end : 0;
    }

    private static bool IsBreak(char c) => char.IsAsciiDigit(c) || char.IsWhiteSpace(c) || c is '（' or '(' or '。' or '，' or ',' or '：' or ':' or '；';
}

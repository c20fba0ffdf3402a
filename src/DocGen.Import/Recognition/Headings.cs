using DocGen.Core.Layout;

namespace DocGen.Import.Recognition;

/// <summary>
/// Finds section headings among paragraphs. The six of the national format are matched against
/// <see cref="NationalLayout.SectionHeadings"/> with tolerance (二、主动公开政府信息的情况 for
/// 二、主动公开政府信息情况); LEGACY reports number their own, 一、 二、 … in sequence.
/// </summary>
public static class Headings
{
    private const int MaxHeadingLength = 40;

    /// <summary>The paragraph index of each national heading, -1 where it was not found; in order.</summary>
    public static int[] FindNational(IReadOnlyList<string> paragraphs, int from)
    {
        var found = new int[NationalLayout.SectionHeadings.Count];
        var cursor = from;
        for (var k = 0; k < found.Length; k++)
        {
            found[k] = -1;
            for (var i = cursor; i < paragraphs.Count; i++)
            {
                if (IsNational(paragraphs[i], NationalLayout.SectionHeadings[k]) || IsRenumbered(paragraphs[i], k))
                {
                    found[k] = i;
                    cursor = i + 1;
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>Paragraph indexes of 一、 二、 … numbered in sequence from <paramref name="from"/>.</summary>
    public static List<int> FindNumbered(IReadOnlyList<string> paragraphs, int from)
    {
        var found = new List<int>();
        for (var i = from; i < paragraphs.Count; i++)
        {
            if (NumberOf(paragraphs[i]) == found.Count + 1) found.Add(i);
        }
        return found;
    }

    /// <summary>The section number of a heading line such as "十二、需要说明的事项", or -1.</summary>
    public static int NumberOf(string paragraph)
    {
        var text = paragraph.Trim();
        if (text.Length > MaxHeadingLength || text.EndsWith('。') || text.EndsWith('；')) return -1;
        var mark = text.IndexOf('、');
        return mark is < 1 or > 3 ? -1 : ChineseNumerals.Parse(text[..mark]) is var n && n > 0 && !text[..mark].Any(char.IsAsciiDigit) ? n : -1;
    }

    /// <summary>Whether a line is one of the six national section headings.</summary>
    public static bool IsNationalHeading(string line) => NationalLayout.SectionHeadings.Any(h => IsNational(line, h));

    /// <summary>
    /// A table section's heading numbered the report's own way: some bodies set the three tables
    /// apart after their narrative, numbered 一 to 三 ("一、主动公开政府信息情况" for 二). Only the
    /// table sections' headings, long enough not to be taken for another, and nearly word for word.
    /// </summary>
    private static bool IsRenumbered(string paragraph, int section)
    {
        if (section is < 1 or > 3) return false;
        var text = LabelText.Normalize(paragraph);
        var expected = LabelText.Normalize(NationalLayout.SectionHeadings[section]);
        var mark = text.IndexOf('、');
        var expectedMark = expected.IndexOf('、');
        if (mark is < 1 or > 3 || ChineseNumerals.Parse(text[..mark]) <= 0 || text.Length - mark > expected.Length - expectedMark + 4) return false;
        return Similarity.CommonSubsequence(text[(mark + 1)..], expected[(expectedMark + 1)..]) >= 0.9 * (expected.Length - expectedMark - 1);
    }

    private static bool IsNational(string paragraph, string heading)
    {
        var text = LabelText.Normalize(paragraph);
        var expected = LabelText.Normalize(heading);
        var mark = expected.IndexOf('、') + 1;
        if (text.Length > expected.Length + 8 || !text.StartsWith(expected[..mark], StringComparison.Ordinal)) return false;
        var common = Similarity.CommonSubsequence(text[mark..], expected[mark..]);
        return common >= 0.75 * (expected.Length - mark);
    }
}

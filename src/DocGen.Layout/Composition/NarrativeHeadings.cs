using System.Text.RegularExpressions;

namespace DocGen.Layout.Composition;

/// <summary>
/// The numbered headings a 年报's narrative writes as paragraphs, by their GB/T 9704 level
/// (7.3.3: 一、 黑体, （一） 楷体, 1. and （1） 仿宋): a paragraph that is only a short numbered
/// line is a heading; one that runs on after the heading's 。 (（一）主动公开情况。本机关…) has a
/// run-in heading, set in the level's face while the rest stays body text.
/// </summary>
internal static partial class NarrativeHeadings
{
    /// <summary>Longer than this and a numbered line is a paragraph that happens to start with a number.</summary>
    private const int LongestHeading = 30;

    public static (int Level, int Length) Find(string paragraph)
    {
        var level = LevelOf(paragraph);
        if (level == 0) return (0, 0);
        var stop = paragraph.IndexOf('。');
        var length = stop < 0 ? paragraph.TrimEnd().Length : stop + 1;
        return length <= LongestHeading ? (level, length) : (0, 0);
    }

    private static int LevelOf(string text) =>
        FirstLevel().IsMatch(text) ? 1
        : SecondLevel().IsMatch(text) ? 2
        : 0;

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}、")]
    private static partial Regex FirstLevel();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]{1,3}[）)]")]
    private static partial Regex SecondLevel();
}

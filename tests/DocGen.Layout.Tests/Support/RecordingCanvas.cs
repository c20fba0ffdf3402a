using DocGen.Layout;
using DocGen.Layout.Fonts;

namespace DocGen.Layout.Tests.Support;

/// <summary>
/// A canvas that remembers what was drawn where, for layout assertions. Text drawn with character
/// spacing is recorded character by character, where each one lands on the page.
/// </summary>
internal sealed class RecordingCanvas : ICanvas
{
    public sealed record Text(string Value, double X, double Baseline, double Width);

    public List<Text> Texts { get; } = [];
    public List<(string Title, double Top)> Bookmarks { get; } = [];
    public List<(Box Area, string Url)> Links { get; } = [];
    public List<Rule> Rules { get; } = [];
    public int RuleCalls { get; private set; }

    public List<double> CharacterSpacings { get; } = [];

    public void DrawText(string text, FontFace face, bool simulateBold, double size, double x, double baseline, double characterSpacing = 0)
    {
        CharacterSpacings.Add(characterSpacing);
        if (characterSpacing == 0)
        {
            Texts.Add(new Text(text, x, baseline, text.EnumerateRunes().Sum(r => face.Advance(r.Value, size))));
            return;
        }
        foreach (var rune in text.EnumerateRunes())
        {
            var width = face.Advance(rune.Value, size);
            Texts.Add(new Text(rune.ToString(), x, baseline, width));
            x += width + characterSpacing;
        }
    }

    public void DrawRules(IReadOnlyList<Rule> rules, double width)
    {
        Rules.AddRange(rules);
        RuleCalls++;
    }

    public void AddLink(Box area, string url) => Links.Add((area, url));

    public void AddBookmark(string title, double top) => Bookmarks.Add((title, top));

    /// <summary>Text grouped into lines by baseline, top to bottom, each line's pieces left to right.</summary>
    public List<string> TextLines() =>
        Texts.GroupBy(t => Math.Round(t.Baseline, 1)).OrderBy(g => g.Key)
            .Select(g => string.Concat(g.OrderBy(t => t.X).Select(t => t.Value))).ToList();
}

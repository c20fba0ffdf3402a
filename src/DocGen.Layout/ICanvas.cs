using DocGen.Layout.Fonts;

namespace DocGen.Layout;

/// <summary>Where elements draw one page. Coordinates are points from the page's top-left corner.</summary>
internal interface ICanvas
{
    /// <param name="characterSpacing">Points added after every character (PDF Tc): how a justified line spreads.</param>
    void DrawText(string text, FontFace face, bool simulateBold, double size, double x, double baseline, double characterSpacing = 0);

    /// <summary>Strokes the rules as one path (<paramref name="width"/> points wide, butt caps).</summary>
    void DrawRules(IReadOnlyList<Rule> rules, double width);

    void AddLink(Box area, string url);

    /// <summary>A bookmark (PDF outline entry) pointing at <paramref name="top"/> on this page.</summary>
    void AddBookmark(string title, double top);

    /// <summary>Text that is a link: a tagging canvas wraps both in one Link element.</summary>
    void DrawLinkedText(string text, FontFace face, bool simulateBold, double size, double x, double baseline, Box area, string url, double characterSpacing = 0)
    {
        DrawText(text, face, simulateBold, size, x, baseline, characterSpacing);
        AddLink(area, url);
    }

    /// <summary>Opens a structure element around what is drawn until <see cref="EndTag"/>; it may span pages.</summary>
    void BeginTag(StructureTag tag, int rowSpan = 1, int colSpan = 1) { }

    void EndTag() { }

    /// <summary>What is drawn until <see cref="EndArtifact"/> is not content: rules, page numbers, repeated table heads.</summary>
    void BeginArtifact() { }

    void EndArtifact() { }
}

/// <summary>A canvas that keeps nothing: for counting pages before drawing them.</summary>
internal sealed class DiscardingCanvas : ICanvas
{
    public static readonly DiscardingCanvas Instance = new();

    public void DrawText(string text, FontFace face, bool simulateBold, double size, double x, double baseline, double characterSpacing = 0) { }

    public void DrawRules(IReadOnlyList<Rule> rules, double width) { }

    public void AddLink(Box area, string url) { }

    public void AddBookmark(string title, double top) { }
}

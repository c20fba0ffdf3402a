using DocGen.Layout.Fonts;

namespace DocGen.Layout;

/// <summary>Draws everything to several canvases in turn: one layout, several formats.</summary>
internal sealed class TeeCanvas(ICanvas[] canvases) : ICanvas
{
    public void DrawText(string text, FontFace face, bool simulateBold, double size, double x, double baseline, double characterSpacing = 0)
    {
        foreach (var c in canvases) c.DrawText(text, face, simulateBold, size, x, baseline, characterSpacing);
    }

    public void DrawRules(IReadOnlyList<Rule> rules, double width)
    {
        foreach (var c in canvases) c.DrawRules(rules, width);
    }

    public void AddLink(Box area, string url)
    {
        foreach (var c in canvases) c.AddLink(area, url);
    }

    public void AddBookmark(string title, double top)
    {
        foreach (var c in canvases) c.AddBookmark(title, top);
    }

    public void DrawLinkedText(string text, FontFace face, bool simulateBold, double size, double x, double baseline, Box area, string url, double characterSpacing = 0)
    {
        foreach (var c in canvases) c.DrawLinkedText(text, face, simulateBold, size, x, baseline, area, url, characterSpacing);
    }

    public void BeginTag(StructureTag tag, int rowSpan = 1, int colSpan = 1)
    {
        foreach (var c in canvases) c.BeginTag(tag, rowSpan, colSpan);
    }

    public void EndTag()
    {
        foreach (var c in canvases) c.EndTag();
    }

    public void BeginArtifact()
    {
        foreach (var c in canvases) c.BeginArtifact();
    }

    public void EndArtifact()
    {
        foreach (var c in canvases) c.EndArtifact();
    }
}

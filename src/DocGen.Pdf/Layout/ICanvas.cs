using DocGen.Pdf.Fonts;

namespace DocGen.Pdf.Layout;

/// <summary>Where elements draw one page. Coordinates are points from the page's top-left corner.</summary>
internal interface ICanvas
{
    void DrawText(string text, FontFace face, bool simulateBold, double size, double x, double baseline);

    void DrawLine(double x1, double y1, double x2, double y2, double width);

    void AddLink(Box area, string url);

    /// <summary>A bookmark (PDF outline entry) pointing at <paramref name="top"/> on this page.</summary>
    void AddBookmark(string title, double top);
}

/// <summary>A canvas that keeps nothing: for counting pages before drawing them.</summary>
internal sealed class DiscardingCanvas : ICanvas
{
    public static readonly DiscardingCanvas Instance = new();

    public void DrawText(string text, FontFace face, bool simulateBold, double size, double x, double baseline) { }

    public void DrawLine(double x1, double y1, double x2, double y2, double width) { }

    public void AddLink(Box area, string url) { }

    public void AddBookmark(string title, double top) { }
}

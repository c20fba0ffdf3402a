using System.Text;
using DocGen.Layout;
using DocGen.Layout.Fonts;

namespace DocGen.Ofd.Writing;

/// <summary>
/// Draws one OFD page: each text run a <c>TextObject</c> whose <c>TextCode</c> holds the characters
/// in drawing order with their advances as <c>DeltaX</c> (the same advances layout measured, so
/// every glyph lands where the PDF's does), each set of rules one <c>PathObject</c>. Lengths are
/// millimetres from the page's top-left corner, as in the layout's points.
/// </summary>
internal sealed class OfdCanvas(OfdPages document, int pageId, int layerId) : ICanvas
{
    // Boundaries leave room above the baseline for the tallest glyphs and below for descenders:
    // a reader may clip an object to its boundary.
    private const double Ascent = 1.2;
    private const double Descent = 0.4;
    // Bold without a bold face: the outline stroked as well as filled, as PDFsharp does for PDF.
    private const double SimulatedBoldStroke = 0.02;

    private readonly StringBuilder _content = new(16 * 1024);
    private readonly List<long> _deltas = [];
    private int _artifactDepth;

    public int PageId => pageId;

    public void DrawText(string text, FontFace face, bool simulateBold, double size, double x, double baseline, double characterSpacing = 0)
    {
        if (text.Length == 0) return;
        var id = document.NextId();
        var font = document.Font(face);
        var width = 0.0;
        _deltas.Clear();
        foreach (var rune in text.EnumerateRunes())
        {
            font.Use(rune.Value);
            var advance = face.Advance(rune.Value, size) + characterSpacing;
            _deltas.Add(OfdXml.Micrometres(advance));
            width += advance;
        }
        _deltas.RemoveAt(_deltas.Count - 1); // DeltaX: the gaps between characters, one fewer than the characters

        var c = _content;
        c.Append("<ofd:TextObject ID=\"").Append(id)
            .Append("\" Boundary=\"").AppendMm(x).Append(' ').AppendMm(baseline - Ascent * size).Append(' ')
            .AppendMm(width + size).Append(' ').AppendMm((Ascent + Descent) * size)
            .Append("\" Font=\"").Append(font.Id).Append("\" Size=\"").AppendMm(size).Append('"');
        if (simulateBold) c.Append(" Stroke=\"true\" LineWidth=\"").AppendMm(SimulatedBoldStroke * size).Append('"');
        c.Append("><ofd:FillColor Value=\"0 0 0\"/>");
        if (simulateBold) c.Append("<ofd:StrokeColor Value=\"0 0 0\"/>");
        c.Append("<ofd:TextCode X=\"0\" Y=\"").AppendMm(Ascent * size).Append('"');
        if (_deltas.Count > 0) AppendDeltaX(c.Append(" DeltaX=\""), _deltas).Append('"');
        c.Append('>').Escaped(text).Append("</ofd:TextCode></ofd:TextObject>\n");
        if (_artifactDepth == 0) document.Structure.Reference(pageId, id);
    }

    public void DrawRules(IReadOnlyList<Rule> rules, double width)
    {
        if (rules.Count == 0) return;
        var c = _content;
        // The boundary is the page, so the path's coordinates are the page's.
        c.Append("<ofd:PathObject ID=\"").Append(document.NextId()).Append("\" Boundary=\"0 0 ")
            .AppendMm(document.PageWidth).Append(' ').AppendMm(document.PageHeight)
            .Append("\" LineWidth=\"").AppendMm(width).Append("\"><ofd:StrokeColor Value=\"0 0 0\"/><ofd:AbbreviatedData>");
        for (var i = 0; i < rules.Count; i++)
        {
            var r = rules[i];
            if (i > 0) c.Append(' ');
            c.Append("M ").AppendMm(r.X1).Append(' ').AppendMm(r.Y1).Append(" L ").AppendMm(r.X2).Append(' ').AppendMm(r.Y2);
        }
        c.Append("</ofd:AbbreviatedData></ofd:PathObject>\n");
    }

    // The URL is printed beside a link's text (ReportComposer), so an OFD without link annotations loses nothing on paper.
    public void AddLink(Box area, string url) { }

    public void AddBookmark(string title, double top) => document.AddBookmark(title, pageId, top);

    public void BeginTag(StructureTag tag, int rowSpan = 1, int colSpan = 1) => document.Structure.Begin(tag, rowSpan, colSpan);

    public void EndTag() => document.Structure.End();

    public void BeginArtifact() => _artifactDepth++;

    public void EndArtifact() => _artifactDepth--;

    /// <summary>The page's Content.xml.</summary>
    public byte[] Finish()
    {
        var xml = new StringBuilder(_content.Length + 200)
            .Append(OfdXml.Declaration)
            .Append("<ofd:Page xmlns:ofd=\"").Append(OfdXml.Namespace).Append("\"><ofd:Content><ofd:Layer ID=\"").Append(layerId).Append("\" Type=\"Body\">\n")
            .Append(_content)
            .Append("</ofd:Layer></ofd:Content></ofd:Page>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    /// <summary>DeltaX values, a run of three or more equal ones written "g N value" (GB/T 33190 §11.3).</summary>
    private static StringBuilder AppendDeltaX(StringBuilder c, List<long> deltas)
    {
        for (var i = 0; i < deltas.Count;)
        {
            var value = deltas[i];
            var run = 1;
            while (i + run < deltas.Count && deltas[i + run] == value) run++;
            if (i > 0) c.Append(' ');
            if (run >= 3)
            {
                c.Append("g ").Append(run).Append(' ').AppendMicrometres(value);
                i += run;
            }
            else
            {
                c.AppendMicrometres(value);
                i++;
            }
        }
        return c;
    }
}

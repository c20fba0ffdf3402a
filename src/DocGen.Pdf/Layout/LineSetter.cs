namespace DocGen.Pdf.Layout;

internal enum TextAlign
{
    Justify,
    Left,
    Center,
    Right,
}

/// <summary>Draws one line of atoms: aligns it, spreads justified lines, marks links.</summary>
internal static class LineSetter
{
    /// <summary>Where the baseline sits in an em box: CJK faces put ~88% of the em above it.</summary>
    public const double BaselineInEm = 0.88;

    public static double Baseline(double lineTop, double pitch, double size) => lineTop + (pitch - size) / 2 + BaselineInEm * size;

    public static void Draw(ICanvas canvas, IReadOnlyList<Atom> atoms, TextLine line, TextAlign align, double x, double width, double lineTop, double pitch)
    {
        if (line.End <= line.Start) return;
        var slack = Math.Max(0, width - line.NaturalWidth);
        var gap = 0.0;
        var left = x + line.Indent;
        switch (align)
        {
            case TextAlign.Justify when !line.EndsBlock && line.End - line.Start > 1:
                gap = slack / (line.End - line.Start - 1);
                break;
            case TextAlign.Center:
                left += slack / 2;
                break;
            case TextAlign.Right:
                left += slack;
                break;
        }

        var cursor = left;
        for (var a = line.Start; a < line.End; a++)
        {
            foreach (var piece in atoms[a].Pieces)
            {
                if (atoms[a].Kind != AtomKind.Space)
                {
                    var baseline = Baseline(lineTop, pitch, piece.Size);
                    canvas.DrawText(piece.Text, piece.Face, piece.SimulateBold, piece.Size, cursor, baseline);
                    if (piece.Link is { } url) canvas.AddLink(new Box(cursor, lineTop, piece.Width + gap, pitch), url);
                }
                cursor += piece.Width;
            }
            cursor += gap;
        }
    }
}

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

    /// <summary>
    /// The most a justified line spreads between two atoms, in ems. A line cut short by a long
    /// unbreakable run after it (电话:22982280,(传真…) is set with this spacing and left short,
    /// not stretched letter by letter to the margin.
    /// </summary>
    public const double MaxJustifyGapEm = 0.1;

    public static void Draw(ICanvas canvas, IReadOnlyList<Atom> atoms, TextLine line, TextAlign align, double x, double width, double lineTop, double pitch)
    {
        if (line.End <= line.Start) return;
        var slack = Math.Max(0, width - line.NaturalWidth);
        var gap = 0.0;
        var left = x + line.Indent;
        switch (align)
        {
            case TextAlign.Justify when !line.EndsBlock && line.End - line.Start > 1:
                var size = atoms[line.Start].Pieces.Count > 0 ? atoms[line.Start].Pieces[0].Size : 0;
                gap = Math.Min(slack / (line.End - line.Start - 1), MaxJustifyGapEm * size);
                break;
            case TextAlign.Center:
                left += slack / 2;
                break;
            case TextAlign.Right:
                left += slack;
                break;
        }

        var cursor = left;
        // Text of one face goes out in one call: an unspread line joins every run of the same face; a
        // spread line joins its one-character atoms and draws them with the gap as character spacing
        // (PDF Tc), so that the spacing falls exactly between atoms. A word on a spread line is its own
        // run, with no spacing inside it.
        var run = new System.Text.StringBuilder();
        Piece? runPiece = null;
        var runX = 0.0;
        var runWidth = 0.0;
        var runSpacing = 0.0;

        void Flush()
        {
            if (runPiece is null || run.Length == 0) { runPiece = null; run.Clear(); return; }
            var baseline = Baseline(lineTop, pitch, runPiece.Size);
            if (runPiece.Link is { } url) canvas.DrawLinkedText(run.ToString(), runPiece.Face, runPiece.SimulateBold, runPiece.Size, runX, baseline, new Box(runX, lineTop, runWidth, pitch), url, runSpacing);
            else canvas.DrawText(run.ToString(), runPiece.Face, runPiece.SimulateBold, runPiece.Size, runX, baseline, runSpacing);
            runPiece = null;
            run.Clear();
        }

        for (var a = line.Start; a < line.End; a++)
        {
            var atom = atoms[a];
            var spaced = gap > 0 && atom.Pieces.Count == 1 && IsOneCharacter(atom.Pieces[0].Text);
            var spacing = spaced ? gap : 0;
            if (gap > 0 && !(spaced && runSpacing == gap)) Flush();
            foreach (var piece in atom.Pieces)
            {
                var joins = runPiece is not null && runSpacing == spacing && ReferenceEquals(runPiece.Face, piece.Face)
                    && runPiece.SimulateBold == piece.SimulateBold && runPiece.Size == piece.Size && runPiece.Link == piece.Link;
                if (!joins) Flush();
                if (runPiece is null) { runPiece = piece; runX = cursor; runWidth = 0; runSpacing = spacing; }
                else runWidth += spacing;
                run.Append(piece.Text);
                runWidth += piece.Width;
                cursor += piece.Width;
            }
            if (gap > 0) cursor += gap;
        }
        Flush();
    }

    /// <summary>One character as PDF character spacing counts them (a surrogate pair is one).</summary>
    private static bool IsOneCharacter(string text) => text.Length == 1 || (text.Length == 2 && char.IsSurrogatePair(text[0], text[1]));
}

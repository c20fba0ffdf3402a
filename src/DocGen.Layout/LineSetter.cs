namespace DocGen.Layout;

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
        var run = new Run();
        for (var a = line.Start; a < line.End; a++)
        {
            var atom = atoms[a];
            var spaced = gap > 0 && atom.Pieces.Count == 1 && IsOneCharacter(atom.Pieces[0].Text);
            var spacing = spaced ? gap : 0;
            if (gap > 0 && !(spaced && run.Spacing == gap)) run.Flush(canvas, lineTop, pitch);
            for (var p = 0; p < atom.Pieces.Count; p++)
            {
                var piece = atom.Pieces[p];
                if (!run.Joins(piece, spacing)) run.Flush(canvas, lineTop, pitch);
                run.Add(piece, cursor, spacing);
                cursor += piece.Width;
                // PDF text advances by the font's width: after a compressed mark the next text is placed anew.
                if (piece.Compressed) run.Flush(canvas, lineTop, pitch);
            }
            if (gap > 0) cursor += gap;
        }
        run.Flush(canvas, lineTop, pitch);
    }

    // The pieces joined into one text run; most runs are one piece, whose text is drawn as it is.
    private struct Run
    {
        private Piece? _first;
        private string? _text;
        private System.Text.StringBuilder? _joined;
        private double _x;
        private double _width;

        public double Spacing { get; private set; }

        public readonly bool Joins(Piece piece, double spacing) =>
            _first is not null && Spacing == spacing && ReferenceEquals(_first.Face, piece.Face)
            && _first.SimulateBold == piece.SimulateBold && _first.Size == piece.Size && _first.Link == piece.Link;

        public void Add(Piece piece, double x, double spacing)
        {
            if (_first is null)
            {
                (_first, _text, _x, _width, Spacing) = (piece, piece.Text, x, piece.Width, spacing);
                return;
            }
            _joined ??= new System.Text.StringBuilder();
            if (_text is not null) { _joined.Clear().Append(_text); _text = null; }
            _joined.Append(piece.Text);
            _width += spacing + piece.Width;
        }

        public void Flush(ICanvas canvas, double lineTop, double pitch)
        {
            if (_first is null) return;
            var text = _text ?? _joined!.ToString();
            var (first, x, width) = (_first, _x, _width);
            (_first, _text) = (null, null);
            if (text.Length == 0) return;
            var baseline = Baseline(lineTop, pitch, first.Size);
            if (first.Link is { } url) canvas.DrawLinkedText(text, first.Face, first.SimulateBold, first.Size, x, baseline, new Box(x, lineTop, width, pitch), url, Spacing);
            else canvas.DrawText(text, first.Face, first.SimulateBold, first.Size, x, baseline, Spacing);
        }
    }

    /// <summary>One character as PDF character spacing counts them (a surrogate pair is one).</summary>
    private static bool IsOneCharacter(string text) => text.Length == 1 || (text.Length == 2 && char.IsSurrogatePair(text[0], text[1]));
}

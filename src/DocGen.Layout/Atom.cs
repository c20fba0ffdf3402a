using DocGen.Layout.Fonts;

namespace DocGen.Layout;

/// <summary>Text drawn with one face at one size, as positioned on a line.</summary>
internal sealed record Piece(string Text, FontFace Face, bool SimulateBold, double Size, string? Link, double Width);

internal enum AtomKind
{
    /// <summary>One CJK character (or a pair kept together such as ——).</summary>
    Glyph,
    /// <summary>A Latin word or a number: never split.</summary>
    Word,
    /// <summary>A space: a break opportunity that vanishes at line ends.</summary>
    Space,
    /// <summary>A forced line break.</summary>
    HardBreak,
}

/// <summary>The smallest unit the line breaker moves: it never breaks inside an atom.</summary>
internal sealed record Atom(AtomKind Kind, IReadOnlyList<Piece> Pieces, bool NoBreakBefore, bool NoBreakAfter)
{
    public double Width { get; } = Pieces.Sum(p => p.Width);

    public string Text => Pieces.Count == 1 ? Pieces[0].Text : string.Concat(Pieces.Select(p => p.Text));
}

using DocGen.Layout.Fonts;

namespace DocGen.Layout;

/// <summary>
/// Text drawn with one face at one size, as positioned on a line. <see cref="Compressed"/>: a
/// punctuation mark set at half its advance (标点挤压), so what follows it is placed, not run on.
/// </summary>
internal sealed record Piece(string Text, FontFace Face, bool SimulateBold, double Size, string? Link, double Width)
{
    public bool Compressed { get; init; }
}

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

/// <summary>
/// The smallest unit the line breaker moves: it never breaks inside an atom. <see cref="JoinsPrevious"/>:
/// the atom continues a run that stays on one line while it fits one (a phone number 0470—2773823, a
/// date 2024年1月31日, 2024年, a URL's parts), though either part may start or end a line alone.
/// </summary>
internal sealed record Atom(AtomKind Kind, IReadOnlyList<Piece> Pieces, bool NoBreakBefore, bool NoBreakAfter)
{
    public bool JoinsPrevious { get; init; }

    public double Width { get; } = Pieces.Sum(p => p.Width);

    public string Text => Pieces.Count == 1 ? Pieces[0].Text : string.Concat(Pieces.Select(p => p.Text));
}

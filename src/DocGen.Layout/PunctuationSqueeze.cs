namespace DocGen.Layout;

/// <summary>
/// 标点挤压 (W3C clreq 3.1.6, JIS X 4051 段落 4.1): two full-width marks in a row would leave a
/// full em of blank between their inks, since a closing mark draws in the left half of its box and
/// an opening one in the right half. A closing mark followed by another mark (“）（”, “。”” ,
/// “）。”) is set at half its width. Corner cases: only a mark drawn full-width is squeezed (a face
/// whose ” is proportional is left alone); opening-after-opening (“（《”) is not, because its blank
/// is on the left of the second mark, where a squeeze would have to move the ink.
/// </summary>
internal static class PunctuationSqueeze
{
    /// <summary>Squeezes the last atom of <paramref name="atoms"/> when it is a full-width closing mark, as another mark follows it.</summary>
    public static void Apply(List<Atom> atoms)
    {
        if (atoms.Count == 0 || atoms[^1] is not { Kind: AtomKind.Glyph, Pieces: [var piece] } last) return;
        if (piece.Compressed || piece.Text.Length != 1 || !Kinsoku.IsFullWidthClosing(piece.Text[0])) return;
        if (piece.Width < 0.9 * piece.Size) return;
        // A new atom, not `with`: an atom's width is summed from its pieces when it is made.
        atoms[^1] = new Atom(last.Kind, [piece with { Width = piece.Width / 2, Compressed = true }], last.NoBreakBefore, last.NoBreakAfter)
        {
            JoinsPrevious = last.JoinsPrevious,
        };
    }
}

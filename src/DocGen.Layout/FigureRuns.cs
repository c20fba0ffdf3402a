namespace DocGen.Layout;

/// <summary>
/// Which atoms join a run of figures that an editor keeps on one line: a phone number with its
/// dashes (0470—2773823), a date (2024年1月31日, 2024-01-31), a year or count with its unit (2024年,
/// 12件, 3.5万元), a range (1～3). Corner cases: a unit joins only right after a figure (年 in
/// 本年 does not); a separator joins the figure after it only when a figure stands before it too
/// (the dash in “电话—” stays a break).
/// </summary>
internal static class FigureRuns
{
    /// <summary>Characters that stay on the line of the figure they follow.</summary>
    private const string AfterFigure = "年月日号时分秒万亿元件个条项次人天份家期届%％‰—－–‐~～/.:：";

    /// <summary>Of those, the ones a further figure continues (0470—2773823, 2024年1月).</summary>
    private const string BetweenFigures = "年月—－–‐~～/.:：";

    /// <summary>Whether a glyph <paramref name="codePoint"/> added after <paramref name="atoms"/> continues a figure.</summary>
    public static bool FollowsFigures(List<Atom> atoms, int codePoint) =>
        codePoint < 0x10000 && AfterFigure.Contains((char)codePoint) && atoms.Count > 0 && EndsWithDigit(atoms[^1]);

    /// <summary>Whether a word starting with <paramref name="text"/> added after <paramref name="atoms"/> continues a figure.</summary>
    public static bool ContinuesFigures(List<Atom> atoms, string text)
    {
        if (text.Length == 0 || !IsDigit(text[0]) || atoms.Count < 2) return false;
        var separator = atoms[^1];
        return separator.Kind == AtomKind.Glyph && separator.Text is [var c] && BetweenFigures.Contains(c) && EndsWithDigit(atoms[^2]);
    }

    private static bool EndsWithDigit(Atom atom) => atom.Kind is AtomKind.Word or AtomKind.Glyph && atom.Text is { Length: > 0 } t && IsDigit(t[^1]);

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';
}

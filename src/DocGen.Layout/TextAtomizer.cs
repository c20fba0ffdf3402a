using System.Text;
using DocGen.Layout.Fonts;

namespace DocGen.Layout;

/// <summary>
/// Cuts styled text into atoms and measures them, picking per character the first face of the
/// role's chain that has it (so a rare character falls back to the next font, run by run).
/// </summary>
internal sealed class TextAtomizer(FontSet fonts)
{
    /// <summary>
    /// A word longer than this (a pasted hash, a run of letters with no space) may break after
    /// every this many characters: set whole, it would run off the page, and joining its
    /// characters one by one costs the square of its length. Every number (at most 20 digits of
    /// a long) and real word stays whole.
    /// </summary>
    internal const int LongestUnbrokenWord = 32;

    private readonly Dictionary<FontRole, FixedTextAtoms.Texts> _fixed = [];

    /// <summary>
    /// The atoms of a text every report sets alike (a table's heading or label), shared with other
    /// renders through <see cref="FixedTextAtoms"/>: never change the list.
    /// </summary>
    public IReadOnlyList<Atom> AtomizeFixed(string text, TextStyle style, int longestUnbrokenWord = LongestUnbrokenWord)
    {
        if (!_fixed.TryGetValue(style.Role, out var texts)) _fixed[style.Role] = texts = FixedTextAtoms.For(fonts[style.Role]);
        return texts.GetOrAdd(this, text, style, longestUnbrokenWord);
    }

    /// <param name="longestUnbrokenWord">Words longer than this may break after every this many characters.</param>
    public List<Atom> Atomize(IEnumerable<StyledText> runs, int longestUnbrokenWord = LongestUnbrokenWord)
    {
        var atoms = new List<Atom>();
        var word = new List<Piece>();
        var wordStartsClosing = false;
        var lastCodePoint = 0;
        var inUrl = false;
        var wordLength = 0;

        var urlContinues = false;

        void FlushWord()
        {
            if (word.Count == 0) return;
            var joins = urlContinues || FigureRuns.ContinuesFigures(atoms, word[0].Text);
            inUrl |= IsUrl(word);
            atoms.Add(new Atom(AtomKind.Word, [.. word], wordStartsClosing, Kinsoku.IsOpening(lastCodePoint)) { JoinsPrevious = joins });
            word.Clear();
            wordLength = 0;
            urlContinues = false;
        }

        foreach (var run in runs)
        {
            var chain = fonts[run.Style.Role];
            foreach (var rune in run.Text.EnumerateRunes())
            {
                var cp = rune.Value;
                if (cp == '\r') continue;
                if (cp == '\n')
                {
                    FlushWord();
                    inUrl = false;
                    atoms.Add(new Atom(AtomKind.HardBreak, [], false, false));
                }
                else if (cp is ' ' or '\t' or 0xA0)
                {
                    FlushWord();
                    inUrl = false;
                    atoms.Add(new Atom(AtomKind.Space, [Measure(" ", ' ', chain, run.Style)], false, false));
                }
                else if (Kinsoku.BreaksAlone(cp) || cp == 0x3000)
                {
                    FlushWord();
                    inUrl = false;
                    var piece = Measure(rune.ToString(), cp, chain, run.Style);
                    // —— and …… are one mark each: never split the pair.
                    var pairsWithPrevious = cp is 0x2014 or 0x2026 && lastCodePoint == cp && atoms.Count > 0;
                    if (Kinsoku.IsFullWidthPunctuation(cp)) PunctuationSqueeze.Apply(atoms);
                    atoms.Add(new Atom(AtomKind.Glyph, [piece], Kinsoku.IsClosing(cp) || pairsWithPrevious, Kinsoku.IsOpening(cp))
                    {
                        JoinsPrevious = FigureRuns.FollowsFigures(atoms, cp),
                    });
                }
                else
                {
                    // A URL may break after a slash or a dot (http://minhou. | fuzhou.gov.cn/ | path), so
                    // it does not stretch a justified line letter by letter; other words and numbers never break.
                    if (lastCodePoint is '/' or '.' && cp is not '/' and not '.' && word.Count > 0 && (inUrl || IsUrl(word)))
                    {
                        FlushWord();
                        urlContinues = true;
                    }
                    if (wordLength == longestUnbrokenWord) FlushWord();
                    if (word.Count == 0) wordStartsClosing = Kinsoku.IsClosing(cp);
                    var piece = Measure(rune.ToString(), cp, chain, run.Style);
                    if (word.Count > 0 && SameFace(word[^1], piece)) word[^1] = Join(word[^1], piece);
                    else word.Add(piece);
                    wordLength++;
                }
                lastCodePoint = cp;
            }
        }
        FlushWord();
        return atoms;
    }

    private static bool IsUrl(List<Piece> word) => word.Any(p => p.Text.Contains("://", StringComparison.Ordinal));

    private static Piece Measure(string text, int cp, FontChain chain, TextStyle style)
    {
        var (face, simulateBold) = chain.Pick(cp, style.Bold);
        return new Piece(text, face, simulateBold, style.Size, style.Link, face.Advance(cp, style.Size));
    }

    private static bool SameFace(Piece a, Piece b) =>
        ReferenceEquals(a.Face, b.Face) && a.SimulateBold == b.SimulateBold && a.Size == b.Size && a.Link == b.Link;

    private static Piece Join(Piece a, Piece b) => a with { Text = a.Text + b.Text, Width = a.Width + b.Width };
}

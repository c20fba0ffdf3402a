using DocGen.Layout.Fonts;

namespace DocGen.Layout;

/// <summary>
/// The atoms of texts that every report sets alike (the national tables' headings and row labels),
/// made once per font chain and kept as long as the chain: a render would otherwise measure the same
/// few hundred labels again. <see cref="FontSet.For"/> gives every render of a site the same chains,
/// so its renders share them; a site with other fonts has other chains and its own atoms. Atoms are
/// immutable, so renders on any thread share them. Kept under <see cref="ProcessCaches"/>' policy:
/// past <see cref="MaxTextsPerChain"/> texts a chain, texts are atomized as if uncached (the tables'
/// labels are a fixed few hundred).
/// </summary>
internal static class FixedTextAtoms
{
    internal const int MaxTextsPerChain = 2048;

    public static Texts For(FontChain chain) => ProcessCaches.FixedTexts.GetValue(chain, _ => new Texts());

    internal sealed class Texts
    {
        private readonly Memo<(TextStyle Style, int LongestUnbrokenWord, string Text), IReadOnlyList<Atom>> _atoms = new(MaxTextsPerChain);

        public IReadOnlyList<Atom> GetOrAdd(TextAtomizer atomizer, string text, TextStyle style, int longestUnbrokenWord)
        {
            var key = (style, longestUnbrokenWord, text);
            if (_atoms.TryGetValue(key, out var atoms)) return atoms;
            return _atoms.GetOrAdd(key, k => atomizer.Atomize([new StyledText(k.Text, k.Style)], k.LongestUnbrokenWord).ToArray());
        }
    }
}

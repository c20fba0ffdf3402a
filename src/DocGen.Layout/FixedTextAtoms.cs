using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DocGen.Layout.Fonts;

namespace DocGen.Layout;

/// <summary>
/// The atoms of texts that every report sets alike (the national tables' headings and row labels),
/// made once per font chain and kept as long as the chain: a render would otherwise measure the same
/// few hundred labels again. <see cref="FontSet.For"/> gives every render of a site the same chains,
/// so its renders share them; a site with other fonts has other chains and its own atoms. Atoms are
/// immutable, so renders on any thread share them. Bounded: past <see cref="MaxTextsPerChain"/>
/// texts a chain, texts are atomized as if uncached (the tables' labels are a fixed few hundred).
/// </summary>
internal static class FixedTextAtoms
{
    internal const int MaxTextsPerChain = 2048;

    private static readonly ConditionalWeakTable<FontChain, Texts> ByChain = new();

    public static Texts For(FontChain chain) => ByChain.GetValue(chain, _ => new Texts());

    internal sealed class Texts
    {
        private readonly ConcurrentDictionary<(TextStyle Style, int LongestUnbrokenWord, string Text), IReadOnlyList<Atom>> _atoms = new();

        public IReadOnlyList<Atom> GetOrAdd(TextAtomizer atomizer, string text, TextStyle style, int longestUnbrokenWord)
        {
            var key = (style, longestUnbrokenWord, text);
            if (_atoms.TryGetValue(key, out var atoms)) return atoms;
            atoms = atomizer.Atomize([new StyledText(text, style)], longestUnbrokenWord).ToArray();
            return _atoms.Count >= MaxTextsPerChain ? atoms : _atoms.GetOrAdd(key, atoms);
        }
    }
}

using System.Collections.Concurrent;
using DocGen.Pdf.Fonts;

namespace DocGen.Pdf.Layout;

/// <summary>
/// The atoms of texts that every report sets alike (the national tables' headings and row labels),
/// made once per process for each font chain and kept: a render would otherwise measure the same
/// few hundred labels again. Atoms are immutable, so renders on any thread share them. A site with
/// other fonts resolves another chain and gets its own entries. Bounded: past
/// <see cref="MaxChains"/> chains or <see cref="MaxTextsPerChain"/> texts a chain, texts are
/// atomized as if uncached (the tables' labels are a fixed few hundred).
/// </summary>
internal static class FixedTextAtoms
{
    internal const int MaxChains = 64;
    internal const int MaxTextsPerChain = 2048;

    private static readonly ConcurrentDictionary<ChainKey, Texts> ByChain = new();

    /// <summary>The texts cached for <paramref name="chain"/>, or null when the cache holds all the chains it may.</summary>
    public static Texts? For(FontChain chain)
    {
        var key = new ChainKey(chain);
        if (ByChain.TryGetValue(key, out var texts)) return texts;
        return ByChain.Count >= MaxChains ? null : ByChain.GetOrAdd(key, _ => new Texts());
    }

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

    // Two chains pick the same faces for every character when they hold the same faces in the same
    // order and draw a common character (中) with the same face: faces belong to one font catalog, a
    // chain's bold faces are that catalog's bold of each face, and its compact cuts (CompactFaces,
    // one per face and process) are used by every chain FontSet makes or by none (a chain made
    // without them draws 中 with the full face and gets a key of its own).
    private sealed class ChainKey : IEquatable<ChainKey>
    {
        private const int Probe = 0x4E2D; // 中

        private readonly FontFace[] _faces;
        private readonly FontFace? _latin;
        private readonly FontFace _drawsProbe;
        private readonly int _hash;

        public ChainKey(FontChain chain)
        {
            _faces = [.. chain.Faces];
            _latin = chain.Latin;
            _drawsProbe = chain.Pick(Probe, bold: false).Face;
            var hash = new HashCode();
            foreach (var face in _faces) hash.Add(face);
            hash.Add(_latin);
            hash.Add(_drawsProbe);
            _hash = hash.ToHashCode();
        }

        public bool Equals(ChainKey? other) =>
            other is not null && ReferenceEquals(_latin, other._latin) && ReferenceEquals(_drawsProbe, other._drawsProbe)
            && _faces.AsSpan().SequenceEqual(other._faces, ReferenceEqualityComparer.Instance);

        public override bool Equals(object? obj) => Equals(obj as ChainKey);

        public override int GetHashCode() => _hash;
    }
}

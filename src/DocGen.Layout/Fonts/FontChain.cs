namespace DocGen.Layout.Fonts;

/// <summary>
/// The faces for one role in fallback order: the first face that has a character draws it.
/// A character no face has is drawn with the first face (it shows as that face's .notdef box).
/// With a Latin face, printable ASCII (figures, Latin words, URLs) is drawn with it first; spaces
/// keep the CJK face's width, which the page numbers’ “— N —” and justified lines were measured with.
/// A face with a compact cut (<see cref="CompactFaces"/>) draws with the cut every character the cut
/// has, and with the full face the rest; both give the same advances, so which one draws never
/// moves the layout, and the full face is embedded only in reports that need it. With a narrower
/// cut too (<see cref="CompactFaces.FrequentOf"/>), a character is drawn from the narrowest of the
/// three that has it.
/// </summary>
internal sealed class FontChain
{
    private readonly FontFace[] _faces;
    private readonly FontFace?[] _boldFaces;
    private readonly Lazy<FontFace?>[] _compacts;
    private readonly Lazy<FontFace?>[] _boldCompacts;
    private readonly Lazy<FontFace?>[] _narrows;
    private readonly Lazy<FontFace?>[] _boldNarrows;

    private readonly FontFace? _latin;
    private readonly FontFace? _latinBold;

    public FontChain(IReadOnlyList<FontFace> faces, Func<FontFace, FontFace?> boldOf, FontFace? latin = null, FontFace? latinBold = null,
        Func<FontFace, FontFace?>? compactOf = null, Func<FontFace, FontFace?>? narrowOf = null)
    {
        if (faces.Count == 0) throw new ArgumentException("a font chain needs at least one face", nameof(faces));
        _faces = [.. faces];
        _boldFaces = [.. faces.Select(boldOf)];
        // Cut when first drawn with: a chain lists every CJK face installed, most of them never used.
        _compacts = [.. _faces.Select(f => new Lazy<FontFace?>(() => compactOf?.Invoke(f)))];
        _boldCompacts = [.. _boldFaces.Select(f => new Lazy<FontFace?>(() => f is null ? null : compactOf?.Invoke(f)))];
        _narrows = [.. _faces.Select(f => new Lazy<FontFace?>(() => narrowOf?.Invoke(f)))];
        _boldNarrows = [.. _boldFaces.Select(f => new Lazy<FontFace?>(() => f is null ? null : narrowOf?.Invoke(f)))];
        _latin = latin;
        _latinBold = latinBold;
    }

    public FontFace? Latin => _latin;

    public FontFace Primary => _faces[0];

    public IReadOnlyList<FontFace> Faces => _faces;

    /// <summary>The face that draws <paramref name="codePoint"/>, and whether bold must be simulated.</summary>
    public (FontFace Face, bool SimulateBold) Pick(int codePoint, bool bold)
    {
        if (_latin is not null && codePoint is > 0x20 and <= 0x7E && _latin.HasGlyph(codePoint))
            return !bold ? (_latin, false) : _latinBold is { } b && b.HasGlyph(codePoint) ? (b, false) : (_latin, true);
        var index = 0;
        for (var i = 0; i < _faces.Length; i++)
        {
            if (_faces[i].HasGlyph(codePoint)) { index = i; break; }
        }
        if (!bold) return (Drawing(_faces[index], _narrows[index], _compacts[index], codePoint), false);
        return _boldFaces[index] is { } boldFace && boldFace.HasGlyph(codePoint)
            ? (Drawing(boldFace, _boldNarrows[index], _boldCompacts[index], codePoint), false)
            : (Drawing(_faces[index], _narrows[index], _compacts[index], codePoint), true);
    }

    // A character no face has is the .notdef box, which every cut keeps too.
    private static FontFace Drawing(FontFace full, Lazy<FontFace?> narrow, Lazy<FontFace?> compact, int codePoint)
    {
        var missing = !full.HasGlyph(codePoint);
        if (narrow.Value is { } frequent && (missing || frequent.HasGlyph(codePoint))) return frequent;
        return compact.Value is { } cut && (missing || cut.HasGlyph(codePoint)) ? cut : full;
    }
}

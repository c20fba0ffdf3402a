namespace DocGen.Pdf.Fonts;

/// <summary>
/// The faces for one role in fallback order: the first face that has a character draws it.
/// A character no face has is drawn with the first face (it shows as that face's .notdef box).
/// With a Latin face, printable ASCII (figures, Latin words, URLs) is drawn with it first; spaces
/// keep the CJK face's width, which the page numbers’ “— N —” and justified lines were measured with.
/// </summary>
internal sealed class FontChain
{
    private readonly FontFace[] _faces;
    private readonly FontFace?[] _boldFaces;

    private readonly FontFace? _latin;
    private readonly FontFace? _latinBold;

    public FontChain(IReadOnlyList<FontFace> faces, Func<FontFace, FontFace?> boldOf, FontFace? latin = null, FontFace? latinBold = null)
    {
        if (faces.Count == 0) throw new ArgumentException("a font chain needs at least one face", nameof(faces));
        _faces = [.. faces];
        _boldFaces = [.. faces.Select(boldOf)];
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
        if (!bold) return (_faces[index], false);
        return _boldFaces[index] is { } boldFace && boldFace.HasGlyph(codePoint) ? (boldFace, false) : (_faces[index], true);
    }
}

namespace DocGen.Pdf.Fonts;

/// <summary>
/// The faces for one role in fallback order: the first face that has a character draws it.
/// A character no face has is drawn with the first face (it shows as that face's .notdef box).
/// </summary>
internal sealed class FontChain
{
    private readonly FontFace[] _faces;
    private readonly FontFace?[] _boldFaces;

    public FontChain(IReadOnlyList<FontFace> faces, Func<FontFace, FontFace?> boldOf)
    {
        if (faces.Count == 0) throw new ArgumentException("a font chain needs at least one face", nameof(faces));
        _faces = [.. faces];
        _boldFaces = [.. faces.Select(boldOf)];
    }

    public FontFace Primary => _faces[0];

    public IReadOnlyList<FontFace> Faces => _faces;

    /// <summary>The face that draws <paramref name="codePoint"/>, and whether bold must be simulated.</summary>
    public (FontFace Face, bool SimulateBold) Pick(int codePoint, bool bold)
    {
        var index = 0;
        for (var i = 0; i < _faces.Length; i++)
        {
            if (_faces[i].HasGlyph(codePoint)) { index = i; break; }
        }
        if (!bold) return (_faces[index], false);
        return _boldFaces[index] is { } boldFace && boldFace.HasGlyph(codePoint) ? (boldFace, false) : (_faces[index], true);
    }
}

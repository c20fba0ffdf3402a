namespace DocGen.Layout.Fonts;

/// <summary>
/// One TrueType face found on disk, with what layout needs to measure text without PDFsharp:
/// which characters it has and how wide they are. Every canvas draws a face with the same
/// bytes (<see cref="FontPrograms"/>), so each format places glyphs exactly where layout measured them.
/// <see cref="Key"/> names the face to a canvas (PDFsharp asks our font resolver for it).
/// </summary>
internal sealed class FontFace
{
    private readonly ushort[] _bmpGlyphs;
    private readonly Dictionary<int, ushort> _astralGlyphs;
    private readonly ushort[] _advances;

    internal FontFace(string key, string path, int faceIndex, string family, string subfamily, bool isBold,
        int unitsPerEm, ushort[] bmpGlyphs, Dictionary<int, ushort> astralGlyphs, ushort[] advances, byte[]? program = null)
    {
        Key = key;
        Path = path;
        FaceIndex = faceIndex;
        Family = family;
        Subfamily = subfamily;
        IsBold = isBold;
        UnitsPerEm = unitsPerEm;
        _bmpGlyphs = bmpGlyphs;
        _astralGlyphs = astralGlyphs;
        _advances = advances;
        Program = program;
    }

    public string Key { get; }
    public string Path { get; }
    public int FaceIndex { get; }
    public string Family { get; }
    public string Subfamily { get; }
    public bool IsBold { get; }
    public int UnitsPerEm { get; }

    /// <summary>The face's sfnt bytes when it was made in memory (a compact cut); null for a face read from its file.</summary>
    internal byte[]? Program { get; }

    public bool HasGlyph(int codePoint) => GlyphId(codePoint) != 0;

    /// <summary>Advance width of <paramref name="codePoint"/> in points at <paramref name="size"/>.</summary>
    public double Advance(int codePoint, double size)
    {
        var glyph = GlyphId(codePoint);
        // hmtx stores advances for the first numberOfHMetrics glyphs; the rest repeat the last one.
        var units = _advances.Length == 0 ? UnitsPerEm : _advances[Math.Min(glyph, _advances.Length - 1)];
        return units * size / UnitsPerEm;
    }

    /// <summary>The face's glyph id for <paramref name="codePoint"/> (0: none).</summary>
    internal ushort GlyphId(int codePoint) =>
        codePoint < 0x10000 ? _bmpGlyphs[codePoint] : _astralGlyphs.GetValueOrDefault(codePoint);

    public override string ToString() => $"{Family} {Subfamily} ({System.IO.Path.GetFileName(Path)}#{FaceIndex})";
}

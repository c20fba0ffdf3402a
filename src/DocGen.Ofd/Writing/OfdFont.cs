using DocGen.Layout.Fonts;

namespace DocGen.Ofd.Writing;

/// <summary>A face the document draws with: its resource ID and the characters drawn with it.</summary>
internal sealed class OfdFont(int id, FontFace face)
{
    private readonly SortedSet<int> _codePoints = [];

    public int Id => id;

    public FontFace Face => face;

    public void Use(int codePoint) => _codePoints.Add(codePoint);

    /// <summary>
    /// The face cut to the characters drawn (<see cref="CompactFaceCutter"/> over the face's own
    /// bytes, the compact cut when the PDF draws with one): glyphs renumbered, with a cmap, so a
    /// reader finds each TextCode character's glyph. A face the cutter refuses is embedded whole.
    /// </summary>
    public byte[] Subset()
    {
        var program = FontPrograms.Of(face);
        try
        {
            return CompactFaceCutter.Cut(face, program, [.. _codePoints], fullNameSuffix: "");
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or OverflowException or IndexOutOfRangeException)
        {
            return program;
        }
    }

    /// <summary>The name a reader shows and may fall back to: family and style.</summary>
    public string Name => face.Subfamily is "Regular" or "" ? face.Family : $"{face.Family} {face.Subfamily}";
}

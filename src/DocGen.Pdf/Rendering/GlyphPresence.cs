using System.Buffers.Binary;

using DocGen.Layout.Fonts;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// Which glyphs a TrueType program holds, read from its own tables: PDFsharp keeps glyph ids when it
/// subsets, so a subset has the face's whole glyph count and an empty outline for every glyph it dropped.
/// </summary>
internal static class GlyphPresence
{
    /// <summary>
    /// A PDF CIDSet (ISO 32000-1 table 124) for a CIDFontType2 with the identity CID-to-GID map: bit
    /// <c>gid</c>, high-order bit first, set for .notdef and every glyph with outline data.
    /// </summary>
    public static byte[] CidSet(ReadOnlySpan<byte> program)
    {
        var directory = FontFaceReader.ReadDirectory(program);
        var head = Table(program, directory, "head", 54);
        var maxp = Table(program, directory, "maxp", 6);
        var loca = Table(program, directory, "loca", 0);
        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(maxp[4..]);
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        var entry = longOffsets ? 4 : 2;
        if (loca.Length < (numGlyphs + 1) * entry) throw new InvalidDataException($"'loca' holds fewer than the {numGlyphs + 1:N0} offsets 'maxp' asks for");

        var last = 0;
        for (var gid = 0; gid < numGlyphs; gid++)
            if (gid == 0 || Offset(loca, gid + 1, longOffsets) > Offset(loca, gid, longOffsets)) last = gid;
        var bits = new byte[last / 8 + 1];
        for (var gid = 0; gid <= last; gid++)
            if (gid == 0 || Offset(loca, gid + 1, longOffsets) > Offset(loca, gid, longOffsets)) bits[gid / 8] |= (byte)(0x80 >> (gid % 8));
        return bits;
    }

    private static long Offset(ReadOnlySpan<byte> loca, int index, bool longOffsets) => longOffsets
        ? BinaryPrimitives.ReadUInt32BigEndian(loca[(index * 4)..])
        : BinaryPrimitives.ReadUInt16BigEndian(loca[(index * 2)..]) * 2L;

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> program, Dictionary<string, FontFaceReader.TableRecord> directory, string tag, int minimum)
    {
        if (!directory.TryGetValue(tag, out var record) || record.Length < minimum) throw new InvalidDataException($"the font program has no usable '{tag}' table");
        return program.Slice(record.Offset, record.Length);
    }
}

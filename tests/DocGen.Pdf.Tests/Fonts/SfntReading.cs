using System.Buffers.Binary;
using System.Text;

namespace DocGen.Pdf.Tests.Fonts;

/// <summary>
/// Reads a single-face TrueType font's tables back as the tests need them, independently of the
/// production reader: a table's bytes and length, maxp.numGlyphs, and one glyph's glyf bytes via loca.
/// </summary>
internal sealed class SfntReading(byte[] font)
{
    public byte[] Font { get; } = font;

    public bool Has(string tag) => Find(tag) is not null;

    public int Length(string tag) => Find(tag)?.Length ?? throw new InvalidDataException($"no '{tag}' table");

    public ReadOnlySpan<byte> Table(string tag) =>
        Find(tag) is { } t ? Font.AsSpan(t.Offset, t.Length) : throw new InvalidDataException($"no '{tag}' table");

    public int NumGlyphs => BinaryPrimitives.ReadUInt16BigEndian(Table("maxp")[4..]);

    public ReadOnlySpan<byte> Glyph(int glyph)
    {
        int start = LocaOffset(glyph), end = LocaOffset(glyph + 1);
        return Table("glyf")[start..end];
    }

    private int LocaOffset(int glyph) =>
        BinaryPrimitives.ReadInt16BigEndian(Table("head")[50..]) == 1 // indexToLocFormat: long offsets
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(Table("loca")[(4 * glyph)..])
            : 2 * BinaryPrimitives.ReadUInt16BigEndian(Table("loca")[(2 * glyph)..]);

    private (int Offset, int Length)? Find(string tag)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(Font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = Font.AsSpan(12 + 16 * i, 16);
            if (Encoding.ASCII.GetString(record[..4]) == tag)
                return ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }
        return null;
    }
}

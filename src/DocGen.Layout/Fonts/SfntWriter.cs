using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace DocGen.Layout.Fonts;

/// <summary>
/// Puts tables together into one TrueType font file: the table directory in tag order with each
/// table's checksum, tables on 4-byte boundaries, and head's checkSumAdjustment set so the whole
/// file sums to 0xB1B0AFBA (the sfnt rules).
/// </summary>
internal static class SfntWriter
{
    private const uint TrueTypeVersion = 0x00010000;
    private const uint ChecksumMagic = 0xB1B0AFBA;
    private const int HeadChecksumAdjustment = 8; // its offset in head

    public static byte[] Write(IReadOnlyDictionary<string, byte[]> tables)
    {
        var tags = tables.Keys.Order(StringComparer.Ordinal).ToArray();
        var directorySize = 12 + 16 * tags.Length;
        var size = directorySize + tags.Sum(t => Pad4(tables[t].Length));
        var font = new byte[size];
        var f = font.AsSpan();

        var entrySelector = BitOperations.Log2((uint)tags.Length);
        var searchRange = 16 << entrySelector;
        BinaryPrimitives.WriteUInt32BigEndian(f, TrueTypeVersion);
        W16(f, 4, tags.Length);
        W16(f, 6, searchRange);
        W16(f, 8, entrySelector);
        W16(f, 10, 16 * tags.Length - searchRange);

        var next = directorySize;
        var headAt = -1;
        for (var i = 0; i < tags.Length; i++)
        {
            var data = tables[tags[i]];
            if (tags[i] == "head")
            {
                headAt = next;
                data = [.. data];
                BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(HeadChecksumAdjustment), 0); // summed as 0, set below
            }
            var record = f.Slice(12 + 16 * i, 16);
            Encoding.ASCII.GetBytes(tags[i], record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)next);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(f[next..]);
            next += Pad4(data.Length);
        }
        if (headAt >= 0) BinaryPrimitives.WriteUInt32BigEndian(f[(headAt + HeadChecksumAdjustment)..], unchecked(ChecksumMagic - Checksum(font)));
        return font;
    }

    /// <summary>The sum of the data's big-endian 32-bit words, the last one padded with zeros.</summary>
    public static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var whole = data.Length & ~3;
        for (var i = 0; i < whole; i += 4) sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        if (whole < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            data[whole..].CopyTo(last);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
        }
        return sum;
    }

    private static int Pad4(int length) => (length + 3) & ~3;

    private static void W16(Span<byte> b, int at, int value) => BinaryPrimitives.WriteUInt16BigEndian(b[at..], (ushort)value);
}

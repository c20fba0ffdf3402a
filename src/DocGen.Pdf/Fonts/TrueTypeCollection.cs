using System.Buffers.Binary;

namespace DocGen.Pdf.Fonts;

/// <summary>
/// Splits a TrueType collection (.ttc) into stand-alone single-face fonts, because PDFsharp reads
/// only single-face sfnt data. Each face gets its own table directory with the offsets rebuilt
/// for the new file; tables shared between faces are copied into every face that uses them.
/// </summary>
internal static class TrueTypeCollection
{
    private const uint TtcTag = 0x74746366; // 'ttcf'
    private const int OffsetTableSize = 12; // sfntVersion(4) numTables(2) searchRange(2) entrySelector(2) rangeShift(2)
    private const int TableRecordSize = 16; // tag(4) checkSum(4) offset(4) length(4)

    public static bool IsCollection(ReadOnlySpan<byte> data) =>
        data.Length >= 12 && BinaryPrimitives.ReadUInt32BigEndian(data) == TtcTag;

    /// <summary>How many faces a collection holds (1 for a plain font file).</summary>
    public static int FaceCount(ReadOnlySpan<byte> data) =>
        IsCollection(data) ? checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[8..])) : 1;

    /// <summary>The single-face font at <paramref name="faceIndex"/>; a plain font file is returned as is.</summary>
    public static byte[] ExtractFace(byte[] data, int faceIndex)
    {
        if (!IsCollection(data))
        {
            if (faceIndex != 0) throw new ArgumentOutOfRangeException(nameof(faceIndex), "a single font file has only face 0");
            return data;
        }

        var count = FaceCount(data);
        if (faceIndex < 0 || faceIndex >= count)
            throw new ArgumentOutOfRangeException(nameof(faceIndex), $"faceIndex {faceIndex} is outside the collection's {count} faces");

        var span = data.AsSpan();
        var fontOffset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(span[(12 + 4 * faceIndex)..]));
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(span[(fontOffset + 4)..]);
        var directorySize = OffsetTableSize + TableRecordSize * numTables;

        var total = directorySize;
        for (var i = 0; i < numTables; i++)
            total += Pad4(TableLength(span, fontOffset, i));

        var output = new byte[total];
        span.Slice(fontOffset, OffsetTableSize).CopyTo(output);
        var next = directorySize;
        for (var i = 0; i < numTables; i++)
        {
            var record = span.Slice(fontOffset + OffsetTableSize + TableRecordSize * i, TableRecordSize);
            var sourceOffset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]));
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            if (sourceOffset < 0 || sourceOffset + length > data.Length)
                throw new InvalidDataException($"table {i} of face {faceIndex} lies outside the collection");

            var target = output.AsSpan(OffsetTableSize + TableRecordSize * i, TableRecordSize);
            record.CopyTo(target);
            BinaryPrimitives.WriteUInt32BigEndian(target[8..], (uint)next); // the only field that moves
            span.Slice(sourceOffset, length).CopyTo(output.AsSpan(next));
            next += Pad4(length);
        }

        return output;
    }

    private static int TableLength(ReadOnlySpan<byte> data, int fontOffset, int table) =>
        checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[(fontOffset + OffsetTableSize + TableRecordSize * table + 12)..]));

    // sfnt tables start on 4-byte boundaries.
    private static int Pad4(int length) => (length + 3) & ~3;
}

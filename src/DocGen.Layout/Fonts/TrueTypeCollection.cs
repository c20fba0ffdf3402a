using System.Buffers.Binary;

namespace DocGen.Layout.Fonts;

/// <summary>
/// Splits a TrueType collection (.ttc) into stand-alone single-face fonts, because PDFsharp reads
/// only single-face sfnt data. Each face gets its own table directory with the offsets rebuilt
/// for the new file; tables shared between faces are copied into every face that uses them.
/// Every count and offset is checked against the file's size before it is used: a damaged file is
/// an <see cref="InvalidDataException"/>, never a loop over counts the file cannot hold.
/// </summary>
internal static class TrueTypeCollection
{
    private const uint TtcTag = 0x74746366; // 'ttcf'
    private const int OffsetTableSize = 12; // sfntVersion(4) numTables(2) searchRange(2) entrySelector(2) rangeShift(2)
    private const int TableRecordSize = 16; // tag(4) checkSum(4) offset(4) length(4)

    public static bool IsCollection(ReadOnlySpan<byte> data) =>
        data.Length >= 12 && BinaryPrimitives.ReadUInt32BigEndian(data) == TtcTag;

    /// <summary>How many faces a collection holds (1 for a plain font file).</summary>
    public static int FaceCount(ReadOnlySpan<byte> data)
    {
        if (!IsCollection(data)) return 1;
        var count = BinaryPrimitives.ReadUInt32BigEndian(data[8..]);
        var room = (data.Length - 12) / 4; // one 4-byte offset per face follows the header
        if (count == 0 || count > room)
            throw new InvalidDataException($"the collection header claims {count:N0} faces; {data.Length:N0} bytes hold at most {room:N0}");
        return (int)count;
    }

    /// <summary>Where the table directory of the face at <paramref name="faceIndex"/> starts (0 in a plain font file).</summary>
    public static int FaceOffset(ReadOnlySpan<byte> data, int faceIndex)
    {
        if (!IsCollection(data)) return faceIndex == 0 ? 0 : throw new ArgumentOutOfRangeException(nameof(faceIndex), "a single font file has only face 0");
        var count = FaceCount(data);
        if (faceIndex < 0 || faceIndex >= count)
            throw new ArgumentOutOfRangeException(nameof(faceIndex), $"faceIndex {faceIndex} is outside the collection's {count} faces");
        var offset = BinaryPrimitives.ReadUInt32BigEndian(data[(12 + 4 * faceIndex)..]);
        if (offset + (long)OffsetTableSize > data.Length)
            throw new InvalidDataException($"face {faceIndex} starts at {offset:N0}, past the end of the file");
        return (int)offset;
    }

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
        var fontOffset = (long)BinaryPrimitives.ReadUInt32BigEndian(span[(12 + 4 * faceIndex)..]);
        if (fontOffset + OffsetTableSize > data.Length)
            throw new InvalidDataException($"face {faceIndex} starts at {fontOffset:N0}, past the end of the file");
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(span[((int)fontOffset + 4)..]);
        var directorySize = OffsetTableSize + TableRecordSize * numTables;
        if (fontOffset + directorySize > data.Length)
            throw new InvalidDataException($"face {faceIndex}'s directory of {numTables} tables runs past the end of the file");

        // A face's tables are distinct stretches of the file, so together they fit in it; a
        // directory claiming more would make this allocate many times the file's size.
        var total = (long)directorySize;
        for (var i = 0; i < numTables; i++)
            total += Pad4(TableLength(span, (int)fontOffset, i));
        if (total > data.Length + directorySize + 3L * numTables)
            throw new InvalidDataException($"face {faceIndex}'s tables add up to {total:N0} bytes, more than the file's {data.Length:N0}");

        var output = new byte[total];
        span.Slice((int)fontOffset, OffsetTableSize).CopyTo(output);
        long next = directorySize;
        for (var i = 0; i < numTables; i++)
        {
            var record = span.Slice((int)fontOffset + OffsetTableSize + TableRecordSize * i, TableRecordSize);
            var sourceOffset = (long)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (long)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (sourceOffset + length > data.Length)
                throw new InvalidDataException($"table {i} of face {faceIndex} lies outside the collection");

            var target = output.AsSpan(OffsetTableSize + TableRecordSize * i, TableRecordSize);
            record.CopyTo(target);
            BinaryPrimitives.WriteUInt32BigEndian(target[8..], (uint)next); // the only field that moves
            span.Slice((int)sourceOffset, (int)length).CopyTo(output.AsSpan((int)next));
            next += Pad4(length);
        }

        return output;
    }

    private static long TableLength(ReadOnlySpan<byte> data, int fontOffset, int table) =>
        BinaryPrimitives.ReadUInt32BigEndian(data[(fontOffset + OffsetTableSize + TableRecordSize * table + 12)..]);

    // sfnt tables start on 4-byte boundaries.
    private static long Pad4(long length) => (length + 3) & ~3L;
}

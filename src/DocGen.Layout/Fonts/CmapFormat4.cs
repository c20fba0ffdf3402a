using System.Buffers.Binary;
using System.Numerics;

namespace DocGen.Layout.Fonts;

/// <summary>
/// Writes a cmap table with one Windows Unicode BMP subtable (3,1) in format 4. PDFsharp finds a
/// character's segment by a linear scan, so the segments are few and wide: code points closer
/// than <see cref="MaxGap"/> share one, its glyphs listed in glyphIdArray (0 for the gaps); a run of
/// consecutive characters with consecutive glyphs needs no array (idDelta alone).
/// </summary>
internal static class CmapFormat4
{
    private const int MaxGap = 64;
    private const int HeaderSize = 4 + 8; // version, numTables; one encoding record
    private const int SubtableHeaderSize = 14; // format, length, language, segCountX2, searchRange, entrySelector, rangeShift

    private sealed record Segment(int Start, int End, ushort[]? Glyphs, short Delta);

    /// <summary>The table for <paramref name="map"/> (BMP code points below U+FFFF, ascending, glyph ids not 0).</summary>
    public static byte[] Write(IReadOnlyList<(int CodePoint, ushort Glyph)> map)
    {
        var segments = Segments(map);
        segments.Add(new Segment(0xFFFF, 0xFFFF, null, 1)); // the format's required last segment
        var segCount = segments.Count;
        var arrayLength = segments.Sum(s => s.Glyphs?.Length ?? 0);
        var length = SubtableHeaderSize + 8 * segCount + 2 + 2 * arrayLength;
        if (length > ushort.MaxValue) throw new InvalidDataException($"a format 4 cmap of {length:N0} bytes is longer than the format's 65,535");

        var table = new byte[HeaderSize + length];
        var t = table.AsSpan();
        W16(t, 2, 1); // numTables
        W16(t, 4, 3); // platform Windows
        W16(t, 6, 1); // encoding Unicode BMP
        W32(t, 8, HeaderSize);

        var sub = t[HeaderSize..];
        W16(sub, 0, 4);
        W16(sub, 2, length);
        var entrySelector = BitOperations.Log2((uint)segCount);
        var searchRange = 2 << entrySelector;
        W16(sub, 6, 2 * segCount);
        W16(sub, 8, searchRange);
        W16(sub, 10, entrySelector);
        W16(sub, 12, 2 * segCount - searchRange);
        int ends = SubtableHeaderSize, starts = ends + 2 * segCount + 2, deltas = starts + 2 * segCount;
        int rangeOffsets = deltas + 2 * segCount, array = rangeOffsets + 2 * segCount;
        var arrayIndex = 0;
        for (var i = 0; i < segCount; i++)
        {
            var s = segments[i];
            W16(sub, ends + 2 * i, s.End);
            W16(sub, starts + 2 * i, s.Start);
            W16(sub, deltas + 2 * i, (ushort)s.Delta);
            if (s.Glyphs is null) continue;
            // idRangeOffset counts bytes from its own field to the segment's first array entry.
            W16(sub, rangeOffsets + 2 * i, 2 * (segCount - i) + 2 * arrayIndex);
            foreach (var glyph in s.Glyphs) W16(sub, array + 2 * arrayIndex++, glyph);
        }
        return table;
    }

    private static List<Segment> Segments(IReadOnlyList<(int CodePoint, ushort Glyph)> map)
    {
        var segments = new List<Segment>();
        for (var first = 0; first < map.Count;)
        {
            var last = first;
            while (last + 1 < map.Count && map[last + 1].CodePoint - map[last].CodePoint <= MaxGap) last++;
            segments.Add(SegmentOf(map, first, last));
            first = last + 1;
        }
        return segments;
    }

    private static Segment SegmentOf(IReadOnlyList<(int CodePoint, ushort Glyph)> map, int first, int last)
    {
        var start = map[first].CodePoint;
        var end = map[last].CodePoint;
        if (start < 0 || end >= 0xFFFF) throw new ArgumentOutOfRangeException(nameof(map), $"U+{end:X4} is outside what a format 4 cmap maps");
        var delta = map[first].Glyph - start;
        var contiguous = last - first == end - start;
        for (var i = first; contiguous && i <= last; i++) contiguous = map[i].Glyph - map[i].CodePoint == delta;
        if (contiguous) return new Segment(start, end, null, unchecked((short)delta)); // idDelta is modulo 65536

        var glyphs = new ushort[end - start + 1];
        for (var i = first; i <= last; i++) glyphs[map[i].CodePoint - start] = map[i].Glyph;
        return new Segment(start, end, glyphs, 0);
    }

    private static void W16(Span<byte> b, int at, int value) => BinaryPrimitives.WriteUInt16BigEndian(b[at..], unchecked((ushort)value));

    private static void W32(Span<byte> b, int at, int value) => BinaryPrimitives.WriteInt32BigEndian(b[at..], value);
}

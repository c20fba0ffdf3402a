using System.Buffers.Binary;
using System.Text;

namespace DocGen.Layout.Fonts;

/// <summary>
/// Reads the sfnt tables layout needs (name, head, hhea, hmtx, cmap) from one face. Faces whose
/// outlines are CFF (OTTO) are rejected: PDFsharp embeds those whole, so a Noto CJK font would put
/// ~16 MB into every report. Counts and offsets are checked against the face's size before any
/// loop uses them (<see cref="InvalidDataException"/> otherwise), and cmap ranges out of the
/// format's order are skipped, so reading a face costs at most one pass over Unicode.
/// </summary>
internal static class FontFaceReader
{
    private const uint CffVersion = 0x4F54544F; // 'OTTO'

    /// <summary>The face, or null when it is not a TrueType-outline face we can use; <paramref name="key"/> defaults to the file's name and face index.</summary>
    /// <param name="face">A single-face font, or a whole collection with <paramref name="at"/> its face's
    /// directory: a collection's table offsets count from the start of the file, so its faces are read in place.</param>
    public static FontFace? TryRead(string path, int faceIndex, ReadOnlySpan<byte> face, string? key = null, byte[]? program = null, int at = 0)
    {
        if (at < 0 || at + 12L > face.Length || BinaryPrimitives.ReadUInt32BigEndian(face[at..]) == CffVersion) return null;
        var tables = ReadDirectory(face, at);
        if (!tables.ContainsKey("glyf") || !tables.TryGetValue("cmap", out var cmap) || !tables.TryGetValue("head", out var head)
            || !tables.TryGetValue("hhea", out var hhea) || !tables.TryGetValue("hmtx", out var hmtx) || !tables.TryGetValue("name", out var name))
            return null;

        var unitsPerEm = U16(face, head.Offset + 18);
        var macStyle = U16(face, head.Offset + 44);
        var numberOfHMetrics = U16(face, hhea.Offset + 34);
        if (4L * numberOfHMetrics > hmtx.Length) throw new InvalidDataException($"hmtx holds fewer than its {numberOfHMetrics} metrics");
        var advances = new ushort[numberOfHMetrics];
        for (var g = 0; g < numberOfHMetrics; g++) advances[g] = U16(face, hmtx.Offset + 4 * g);

        var bmp = new ushort[0x10000];
        var astral = new Dictionary<int, ushort>();
        if (!ReadCmap(face, cmap.Offset, bmp, astral)) return null;

        var family = ReadName(face, name.Offset, 1) ?? System.IO.Path.GetFileNameWithoutExtension(path);
        var subfamily = ReadName(face, name.Offset, 2) ?? "Regular";
        var isBold = (macStyle & 1) != 0 || subfamily.Contains("Bold", StringComparison.OrdinalIgnoreCase);
        key ??= $"docgen:{System.IO.Path.GetFileName(path)}#{faceIndex}";
        return new FontFace(key, path, faceIndex, family, subfamily, isBold, unitsPerEm == 0 ? 1000 : unitsPerEm, bmp, astral, advances, program);
    }

    internal readonly record struct TableRecord(int Offset, int Length);

    /// <summary>
    /// The table directory at <paramref name="at"/> (a face's offset in a collection; 0 in a font
    /// file), with table offsets as the directory gives them: from the start of <paramref name="data"/>.
    /// </summary>
    internal static Dictionary<string, TableRecord> ReadDirectory(ReadOnlySpan<byte> data, int at = 0)
    {
        if (at < 0 || at + 12L > data.Length) throw new InvalidDataException($"the face's directory at {at:N0} lies outside the data");
        var numTables = U16(data, at + 4);
        if (at + 12L + 16 * numTables > data.Length) throw new InvalidDataException($"the directory of {numTables} tables runs past the end of the face");
        var tables = new Dictionary<string, TableRecord>(numTables);
        for (var i = 0; i < numTables; i++)
        {
            var record = at + 12 + 16 * i;
            var tag = Encoding.ASCII.GetString(data.Slice(record, 4));
            long offset = U32(data, record + 8), length = U32(data, record + 12);
            if (offset + length > data.Length) throw new InvalidDataException($"table '{tag}' lies outside the face");
            tables[tag] = new TableRecord((int)offset, (int)length);
        }
        return tables;
    }

    // Prefers the full-repertoire Windows subtable (3,10: format 12), then Unicode BMP (3,1 or 0,x: format 4).
    private static bool ReadCmap(ReadOnlySpan<byte> face, int cmap, ushort[] bmp, Dictionary<int, ushort> astral)
    {
        var count = U16(face, cmap + 2);
        int best = -1, bestRank = 0;
        for (var i = 0; i < count; i++)
        {
            var at = cmap + 4 + 8 * i;
            var platform = U16(face, at);
            var encoding = U16(face, at + 2);
            var sub = cmap + (int)U32(face, at + 4);
            var format = U16(face, sub);
            var rank = (platform, encoding, format) switch
            {
                (3, 10, 12) => 3,
                (0, _, 12) => 3,
                (3, 1, 4) => 2,
                (0, _, 4) => 1,
                _ => 0,
            };
            if (rank > bestRank) (best, bestRank) = (sub, rank);
        }
        if (best < 0) return false;

        if (U16(face, best) == 12)
        {
            var groups = U32(face, best + 12);
            if (best + 16 + 12L * groups > face.Length) throw new InvalidDataException($"cmap claims {groups:N0} groups, past the end of the face");
            long lastEnd = -1;
            for (var g = 0; g < groups; g++)
            {
                var at = best + 16 + 12 * g;
                long start = U32(face, at), end = U32(face, at + 4);
                // Groups ascend without overlapping (the format's rule); one that does not is skipped,
                // so together they cover Unicode at most once.
                if (start <= lastEnd || end < start) continue;
                lastEnd = end;
                var glyph = (int)U32(face, at + 8);
                for (var cp = (int)start; cp <= end && cp <= 0x10FFFF; cp++)
                {
                    var id = (ushort)(glyph + cp - start);
                    if (cp < 0x10000) bmp[cp] = id; else astral[cp] = id;
                }
            }
            return true;
        }

        var segCount = U16(face, best + 6) / 2;
        var ends = best + 14;
        var starts = ends + 2 * segCount + 2; // + reservedPad
        var deltas = starts + 2 * segCount;
        var rangeOffsets = deltas + 2 * segCount;
        var previousEnd = -1;
        for (var s = 0; s < segCount; s++)
        {
            int end = U16(face, ends + 2 * s), start = U16(face, starts + 2 * s);
            // Segments ascend without overlapping (the format's rule); one that does not is skipped,
            // so together they cover the BMP at most once.
            if (start <= previousEnd || end < start) continue;
            previousEnd = end;
            var delta = (short)U16(face, deltas + 2 * s);
            var rangeAt = rangeOffsets + 2 * s;
            var rangeOffset = U16(face, rangeAt);
            for (var cp = start; cp <= end && cp != 0xFFFF; cp++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (cp + delta) & 0xFFFF;
                else
                {
                    // idRangeOffset is relative to its own position in the file (the format's famous trick).
                    var glyphAt = rangeAt + rangeOffset + 2 * (cp - start);
                    glyph = glyphAt + 2 <= face.Length ? U16(face, glyphAt) : 0;
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                bmp[cp] = (ushort)glyph;
            }
        }
        return true;
    }

    private static string? ReadName(ReadOnlySpan<byte> face, int table, int nameId)
    {
        var count = U16(face, table + 2);
        var strings = table + U16(face, table + 4);
        string? fallback = null;
        for (var i = 0; i < count; i++)
        {
            var at = table + 6 + 12 * i;
            int platform = U16(face, at), language = U16(face, at + 4), id = U16(face, at + 6);
            if (id != nameId) continue;
            var bytes = face.Slice(strings + U16(face, at + 10), U16(face, at + 8));
            if (platform == 3)
            {
                var text = Encoding.BigEndianUnicode.GetString(bytes);
                if (language == 0x409) return text;
                fallback ??= text;
            }
            else if (platform == 1 && fallback is null)
            {
                fallback = Encoding.Latin1.GetString(bytes);
            }
        }
        return fallback;
    }

    private static ushort U16(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt16BigEndian(b[at..]);

    private static uint U32(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt32BigEndian(b[at..]);
}

using System.Buffers.Binary;

namespace DocGen.Layout.Fonts;

/// <summary>
/// Cuts a TrueType face down to the glyphs of a repertoire, renumbered 0…n−1 (.notdef first, then
/// in code point order, then the components composite glyphs use), so the cut face's hmtx and loca
/// have n entries. PDFsharp keeps glyph ids when it subsets and copies the face's whole hmtx and a
/// loca of numGlyphs entries into every embedded subset; a CJK face's 30–45k glyphs made each subset
/// ~350 KB to build and deflate per render, a cut face's ~7.5k a fifth of that.
/// <para>
/// Kept: glyf and loca (rebuilt, long offsets, component ids remapped), hmtx, hhea.numberOfHMetrics,
/// maxp.numGlyphs, cmap (one 3,1 format 4 subtable), head (indexToLocFormat), post (format 3, no
/// glyph names), name (the full name marked, <see cref="NameTable"/>), and OS/2, cvt, fpgm, prep,
/// gasp as they are. Left out: tables indexed by
/// glyph id that neither PDFsharp nor our layout reads (GSUB, GPOS, GDEF, kern, vhea/vmtx, hdmx,
/// LTSH, VDMX, EBLC/EBDT bitmaps, …). Anything the face claims that its bytes cannot hold is an
/// <see cref="InvalidDataException"/> naming the table.
/// </para>
/// </summary>
internal static class CompactFaceCutter
{
    private static readonly string[] Required = ["cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name"];
    private static readonly string[] CopiedAsTheyAre = ["OS/2", "cvt ", "fpgm", "prep", "gasp"];

    /// <summary>Appended to the cut's full font name (<see cref="NameTable"/>).</summary>
    public const string FullNameSuffix = " Compact";

    private const int HeadLength = 54;
    private const int HeadIndexToLocFormat = 50;
    private const int HheaNumberOfHMetrics = 34;
    private const int MaxpNumGlyphs = 4;
    private const int PostHeaderLength = 32;

    // Composite glyph component flags (glyf spec).
    private const int ArgsAreWords = 0x0001;
    private const int HasScale = 0x0008;
    private const int MoreComponents = 0x0020;
    private const int HasXYScale = 0x0040;
    private const int HasTwoByTwo = 0x0080;

    /// <summary>
    /// The cut face. <paramref name="face"/> is the font file (a collection is cut where it stands,
    /// without copying the face out of it) with the face's table directory at <paramref name="directoryAt"/>;
    /// <paramref name="full"/> is that face as read by <see cref="FontFaceReader"/>.
    /// </summary>
    public static byte[] Cut(FontFace full, ReadOnlySpan<byte> face, IReadOnlyList<int> repertoire, int directoryAt = 0)
    {
        var directory = FontFaceReader.ReadDirectory(face, directoryAt);
        foreach (var tag in Required)
            if (!directory.ContainsKey(tag)) throw new InvalidDataException($"the face has no '{tag}' table");
        var head = Table(face, directory, "head");
        var maxp = Table(face, directory, "maxp");
        var hhea = Table(face, directory, "hhea");
        if (head.Length < HeadLength) throw new InvalidDataException($"head is {head.Length} bytes, fewer than its {HeadLength}");
        if (maxp.Length < MaxpNumGlyphs + 2) throw new InvalidDataException($"maxp is {maxp.Length} bytes, too short for numGlyphs");
        if (hhea.Length < HheaNumberOfHMetrics + 2) throw new InvalidDataException($"hhea is {hhea.Length} bytes, too short for numberOfHMetrics");

        var numGlyphs = U16(maxp, MaxpNumGlyphs);
        var loca = ReadLoca(Table(face, directory, "loca"), I16(head, HeadIndexToLocFormat), numGlyphs, Table(face, directory, "glyf").Length);
        var glyf = Table(face, directory, "glyf");
        var hmtx = Table(face, directory, "hmtx");
        var numberOfHMetrics = U16(hhea, HheaNumberOfHMetrics);
        if (numberOfHMetrics == 0 || numberOfHMetrics > numGlyphs || 4 * numberOfHMetrics > hmtx.Length)
            throw new InvalidDataException($"hhea.numberOfHMetrics {numberOfHMetrics} does not fit {numGlyphs} glyphs and an hmtx of {hmtx.Length} bytes");

        var (order, newId, map) = Renumber(full, repertoire, numGlyphs);
        // Composite glyphs draw other glyphs, which come along (their own components too: the loop
        // runs over the list as it grows).
        for (var i = 0; i < order.Count; i++)
        {
            var glyph = glyf[loca[order[i]]..loca[order[i] + 1]];
            foreach (var at in ComponentIdOffsets(glyph, order[i]))
            {
                var component = U16(glyph, at);
                if (component >= numGlyphs) throw new InvalidDataException($"composite glyph {order[i]} uses glyph {component}, past maxp.numGlyphs {numGlyphs}");
                if (newId.TryAdd(component, (ushort)order.Count)) order.Add(component);
            }
        }
        if (order.Count > ushort.MaxValue) throw new InvalidDataException($"{order.Count:N0} glyphs are more than a face may have");

        var tables = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var tag in CopiedAsTheyAre)
            if (directory.ContainsKey(tag)) tables[tag] = Table(face, directory, tag).ToArray();
        (tables["glyf"], tables["loca"]) = Glyphs(glyf, loca, order, newId);
        tables["hmtx"] = Metrics(hmtx, numberOfHMetrics, order);
        tables["cmap"] = CmapFormat4.Write(map);
        tables["name"] = NameTable.WithFullNameSuffix(Table(face, directory, "name"), FullNameSuffix);
        tables["head"] = Patched(head, HeadIndexToLocFormat, 1); // long loca offsets
        tables["hhea"] = Patched(hhea, HheaNumberOfHMetrics, order.Count);
        tables["maxp"] = Patched(maxp, MaxpNumGlyphs, order.Count);
        if (directory.ContainsKey("post") && Table(face, directory, "post").Length >= PostHeaderLength)
        {
            var post = Table(face, directory, "post")[..PostHeaderLength].ToArray();
            BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000); // format 3: no glyph names
            tables["post"] = post;
        }
        return SfntWriter.Write(tables);
    }

    /// <summary>Old glyph ids in their new order (.notdef, then by code point), the new id of each, and the cut face's character map.</summary>
    private static (List<int> Order, Dictionary<int, ushort> NewId, List<(int CodePoint, ushort Glyph)> Map) Renumber(FontFace full, IReadOnlyList<int> repertoire, int numGlyphs)
    {
        var order = new List<int> { 0 };
        var newId = new Dictionary<int, ushort> { [0] = 0 };
        var map = new List<(int, ushort)>();
        foreach (var cp in repertoire)
        {
            if (cp >= 0xFFFF) continue; // a format 4 cmap maps the BMP only
            var glyph = full.GlyphId(cp);
            if (glyph == 0) continue;
            if (glyph >= numGlyphs) throw new InvalidDataException($"cmap maps U+{cp:X4} to glyph {glyph}, past maxp.numGlyphs {numGlyphs}");
            if (!newId.TryGetValue(glyph, out var id))
            {
                id = (ushort)order.Count;
                newId[glyph] = id;
                order.Add(glyph);
            }
            map.Add((cp, id));
        }
        return (order, newId, map);
    }

    private static int[] ReadLoca(ReadOnlySpan<byte> loca, short format, int numGlyphs, int glyfLength)
    {
        if (format is not (0 or 1)) throw new InvalidDataException($"head.indexToLocFormat is {format}; only 0 (short) and 1 (long) exist");
        var entry = format == 0 ? 2 : 4;
        if ((numGlyphs + 1L) * entry > loca.Length) throw new InvalidDataException($"loca holds fewer than the {numGlyphs + 1} offsets of {numGlyphs} glyphs");
        var offsets = new int[numGlyphs + 1];
        for (var g = 0; g <= numGlyphs; g++)
        {
            long offset = format == 0 ? 2L * U16(loca, 2 * g) : BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * g)..]);
            if (offset > glyfLength || (g > 0 && offset < offsets[g - 1]))
                throw new InvalidDataException($"loca's offset {offset:N0} for glyph {g} goes backwards or past glyf's {glyfLength:N0} bytes");
            offsets[g] = (int)offset;
        }
        return offsets;
    }

    /// <summary>Where the glyph ids of a composite glyph's components are (none for a simple or empty glyph).</summary>
    internal static List<int> ComponentIdOffsets(ReadOnlySpan<byte> glyph, int glyphId)
    {
        var offsets = new List<int>();
        if (glyph.Length < 10 || I16(glyph, 0) >= 0) return offsets; // numberOfContours ≥ 0: simple
        int at = 10, flags;
        do
        {
            if (at + 4 > glyph.Length) throw new InvalidDataException($"composite glyph {glyphId} runs past its {glyph.Length} bytes");
            flags = U16(glyph, at);
            offsets.Add(at + 2);
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            at += (flags & HasScale) != 0 ? 2 : (flags & HasXYScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & MoreComponents) != 0);
        return offsets;
    }

    private static (byte[] Glyf, byte[] Loca) Glyphs(ReadOnlySpan<byte> glyf, int[] loca, List<int> order, Dictionary<int, ushort> newId)
    {
        long size = 0;
        foreach (var g in order) size += Pad2(loca[g + 1] - loca[g]);
        if (size > int.MaxValue) throw new InvalidDataException($"the cut glyphs add up to {size:N0} bytes");
        var newGlyf = new byte[size];
        var newLoca = new byte[4 * (order.Count + 1)];
        var next = 0;
        for (var i = 0; i < order.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * i), (uint)next);
            var source = glyf[loca[order[i]]..loca[order[i] + 1]];
            var target = newGlyf.AsSpan(next, source.Length);
            source.CopyTo(target);
            foreach (var at in ComponentIdOffsets(source, order[i]))
                BinaryPrimitives.WriteUInt16BigEndian(target[at..], newId[U16(source, at)]);
            next += Pad2(source.Length); // glyphs start on even offsets
        }
        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * order.Count), (uint)next);
        return (newGlyf, newLoca);
    }

    // Every cut glyph gets a long metric: its advance and left side bearing as the face had them.
    private static byte[] Metrics(ReadOnlySpan<byte> hmtx, int numberOfHMetrics, List<int> order)
    {
        var metrics = new byte[4 * order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var g = order[i];
            // Glyphs past numberOfHMetrics repeat the last advance; their bearings follow the long metrics.
            var advance = U16(hmtx, 4 * Math.Min(g, numberOfHMetrics - 1));
            var bearingAt = g < numberOfHMetrics ? 4 * g + 2 : 4 * numberOfHMetrics + 2 * (g - numberOfHMetrics);
            var bearing = bearingAt + 2 <= hmtx.Length ? U16(hmtx, bearingAt) : (ushort)0;
            BinaryPrimitives.WriteUInt16BigEndian(metrics.AsSpan(4 * i), advance);
            BinaryPrimitives.WriteUInt16BigEndian(metrics.AsSpan(4 * i + 2), bearing);
        }
        return metrics;
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> face, Dictionary<string, FontFaceReader.TableRecord> directory, string tag) =>
        face.Slice(directory[tag].Offset, directory[tag].Length);

    private static byte[] Patched(ReadOnlySpan<byte> table, int at, int value)
    {
        var copy = table.ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(at), (ushort)value);
        return copy;
    }

    private static int Pad2(int length) => (length + 1) & ~1;

    private static ushort U16(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt16BigEndian(b[at..]);

    private static short I16(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadInt16BigEndian(b[at..]);
}

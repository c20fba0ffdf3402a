using System.Buffers.Binary;
using DocGen.Layout.Fonts;
using DocGen.Pdf.Rendering;

namespace DocGen.Pdf.Tests.Fonts;

public class CompactFaceCutterTests
{
    private static readonly FontCatalog Catalog = FontCatalog.For(FontCatalog.DefaultFolders());

    /// <summary>Every installed CJK face (regular and bold), by key.</summary>
    public static TheoryData<string> CjkFaces => new(Catalog.Faces.Select(f => f.Key));

    [Theory]
    [MemberData(nameof(CjkFaces))]
    public void Cut_EveryRepertoireCharacter_SameAdvanceAndSameOutline(string key)
    {
        var full = Catalog.Faces.Single(f => f.Key == key);
        var data = FaceData(full);

        var bytes = CompactFaceCutter.Cut(full, data, CommonRepertoire.CodePoints);

        var cut = FontFaceReader.TryRead(full.Path, full.FaceIndex, bytes, "test:" + key);
        Assert.NotNull(cut);
        var (source, target) = (new SfntReading(data), new SfntReading(bytes));
        var checkedPairs = new HashSet<(int, int)>();
        var kept = 0;
        foreach (var cp in CommonRepertoire.CodePoints.Where(full.HasGlyph))
        {
            Assert.True(cut.HasGlyph(cp), $"U+{cp:X4} lost");
            Assert.Equal(full.Advance(cp, full.UnitsPerEm), cut.Advance(cp, cut.UnitsPerEm));
            AssertSameOutline(source, full.GlyphId(cp), target, cut.GlyphId(cp), checkedPairs);
            kept++;
        }
        Assert.True(kept > 0);
    }

    [Fact]
    public void Cut_ZenHei_OneMetricAndOneOffsetPerKeptGlyph_GlyphTablesDropped()
    {
        var full = Catalog.FindFamily("WenQuanYi Zen Hei", bold: false)!;
        var data = FaceData(full);

        var bytes = CompactFaceCutter.Cut(full, data, CommonRepertoire.CodePoints);
        var cut = new SfntReading(bytes);

        Assert.Equal("WenQuanYi Zen Hei", FontFaceReader.TryRead(full.Path, full.FaceIndex, bytes)!.Family); // only the full name is marked
        // GB 2312's 7,445 characters and the blocks around them, plus the components of Zen Hei's
        // composite glyphs, instead of the face's 44,960 glyphs.
        Assert.Equal(44_960, new SfntReading(data).NumGlyphs);
        Assert.InRange(cut.NumGlyphs, 7_445, 10_000);
        Assert.Equal(4 * cut.NumGlyphs, cut.Length("hmtx"));
        Assert.Equal(cut.NumGlyphs, BinaryPrimitives.ReadUInt16BigEndian(cut.Table("hhea")[34..])); // numberOfHMetrics
        Assert.Equal(4 * (cut.NumGlyphs + 1), cut.Length("loca"));
        Assert.Equal(0x00030000u, BinaryPrimitives.ReadUInt32BigEndian(cut.Table("post"))); // no glyph names
        Assert.All(["GSUB", "GPOS", "GDEF", "vhea", "vmtx", "EBLC", "EBDT", "BDF "], tag => Assert.False(cut.Has(tag), tag));
        Assert.All(["name", "OS/2", "cvt ", "gasp"], tag => Assert.True(cut.Has(tag), tag));
    }

    [Fact]
    public void Cut_FaceInsideACollection_SameBytesAsTheFaceCopiedOut()
    {
        var full = Catalog.Faces.First(f => f.FaceIndex > 0);
        var file = File.ReadAllBytes(full.Path);

        var inPlace = CompactFaceCutter.Cut(full, file, CommonRepertoire.CodePoints, TrueTypeCollection.FaceOffset(file, full.FaceIndex));

        Assert.Equal(CompactFaceCutter.Cut(full, FaceData(full), CommonRepertoire.CodePoints), inPlace);
    }

    [Fact]
    public void Cut_CompositeGlyphs_ComponentsComeAlongRenumbered()
    {
        var full = Catalog.FindFamily("AR PL UMing CN", bold: false)!;
        var data = FaceData(full);
        var cut = new SfntReading(CompactFaceCutter.Cut(full, data, CommonRepertoire.CodePoints));

        var composites = 0;
        for (var g = 0; g < cut.NumGlyphs; g++)
        {
            foreach (var at in CompactFaceCutter.ComponentIdOffsets(cut.Glyph(g), g))
            {
                var component = BinaryPrimitives.ReadUInt16BigEndian(cut.Glyph(g)[at..]);
                Assert.InRange(component, 1, cut.NumGlyphs - 1);
                composites++;
            }
        }
        Assert.True(composites > 100, $"{composites} component references"); // UMing builds 4,358 glyphs from others
    }

    public static TheoryData<string, Action<byte[]>, string> Damages => new()
    {
        { "indexToLocFormat 7", f => Patch16(f, "head", 50, 7), "indexToLocFormat is 7" },
        { "numGlyphs 10", f => Patch16(f, "maxp", 4, 10), "does not fit 10 glyphs" },
        { "loca cut short", f => Patch32(f, "loca", TableRecordLength, 8), "loca holds fewer" },
        { "no glyf", f => RenameTable(f, "glyf", "glyX"), "no 'glyf' table" },
        { "numberOfHMetrics 0", f => Patch16(f, "hhea", 34, 0), "numberOfHMetrics 0" },
        { "loca backwards", f => Patch32(f, "loca", TableRecordOffset, 0, relativeToTable: 4 * 200), "goes backwards" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void CompactFacesCut_DamagedFace_RefusedWithTheReason(string damage, Action<byte[]> apply, string reason)
    {
        var full = Catalog.FindFamily("WenQuanYi Zen Hei", bold: false)!;
        var data = FaceData(full);
        apply(data);

        var cut = CompactFaces.Cut(full, data);

        Assert.Null(cut.Face);
        Assert.True(cut.Refusal!.Contains(reason, StringComparison.Ordinal), $"{damage}: {cut.Refusal}");
        Assert.StartsWith("WenQuanYi Zen Hei", cut.Refusal);
    }

    [Fact]
    public void CompactFacesCut_RealFace_ServedToPdfSharpUnderItsOwnKey()
    {
        var full = Catalog.FindFamily("AR PL UMing CN", bold: false)!;

        var cut = CompactFaces.Of(full);

        Assert.Null(cut.Refusal);
        Assert.NotEqual(full.Key, cut.Face!.Key);
        Assert.Equal(full.Family, cut.Face.Family);
        FontRegistry.Register(cut.Face);
        var served = new FontRegistry().GetFont(cut.Face.Key);
        Assert.NotNull(served);
        Assert.Equal(cut.Face.Advance('国', 16), full.Advance('国', 16));
        Assert.True(served.Length < FaceData(full).Length / 2, $"{served.Length:N0} bytes");
    }

    [Fact]
    public void CheckFonts_InstalledFaces_EveryDefaultFaceCut()
    {
        var report = new PdfReportRenderer(new PdfRenderOptions(FontCatalog.DefaultFolders())).CheckFonts();

        Assert.True(report.CanRender);
        Assert.Empty(report.DrawnWhole);
    }

    [Fact]
    public void CheckFonts_OnlyFaceCannotBeCut_RendersAndSaysWhichFaceIsDrawnWholeAndWhy()
    {
        var folder = Directory.CreateTempSubdirectory("docgen-uncuttable").FullName;
        var data = FaceData(Catalog.FindFamily("WenQuanYi Zen Hei", bold: false)!);
        Patch16(data, "head", 50, 7); // indexToLocFormat 7: measurable, not cuttable
        File.WriteAllBytes(Path.Combine(folder, "zenhei-damaged.ttf"), data);

        var report = new PdfReportRenderer(new PdfRenderOptions([folder])).CheckFonts();

        Assert.True(report.CanRender);
        var reason = Assert.Single(report.DrawnWhole);
        Assert.Contains("zenhei-damaged.ttf", reason);
        Assert.Contains("indexToLocFormat is 7", reason);
    }

    private const int TableRecordOffset = 8;
    private const int TableRecordLength = 12;

    private static byte[] FaceData(FontFace face) => TrueTypeCollection.ExtractFace(File.ReadAllBytes(face.Path), face.FaceIndex);

    // Same glyph: the same bytes once component ids are read through the renumbering, and the
    // components the same glyphs in turn.
    private static void AssertSameOutline(SfntReading source, int oldGlyph, SfntReading target, int newGlyph, HashSet<(int, int)> done)
    {
        if (!done.Add((oldGlyph, newGlyph))) return;
        var before = source.Glyph(oldGlyph).ToArray();
        var after = target.Glyph(newGlyph).ToArray();
        Assert.InRange(after.Length - before.Length, 0, 1); // glyphs start on even offsets
        foreach (var at in CompactFaceCutter.ComponentIdOffsets(before, oldGlyph))
        {
            AssertSameOutline(source, BinaryPrimitives.ReadUInt16BigEndian(before.AsSpan(at)), target, BinaryPrimitives.ReadUInt16BigEndian(after.AsSpan(at)), done);
            before[at] = before[at + 1] = after[at] = after[at + 1] = 0;
        }
        Assert.True(before.AsSpan().SequenceEqual(after.AsSpan(0, before.Length)), $"glyph {oldGlyph} → {newGlyph} differs");
    }

    private static int Record(byte[] font, string tag)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
            if (System.Text.Encoding.ASCII.GetString(font, 12 + 16 * i, 4) == tag) return 12 + 16 * i;
        throw new InvalidOperationException($"no '{tag}'");
    }

    private static int TableAt(byte[] font, string tag) => (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(Record(font, tag) + TableRecordOffset));

    private static void Patch16(byte[] font, string tag, int at, int value) =>
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(TableAt(font, tag) + at), (ushort)value);

    // A field of the table's directory record, or (relativeToTable) a 32-bit word inside the table.
    private static void Patch32(byte[] font, string tag, int field, uint value, int? relativeToTable = null) =>
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(relativeToTable is { } at ? TableAt(font, tag) + at : Record(font, tag) + field), value);

    private static void RenameTable(byte[] font, string tag, string to) =>
        System.Text.Encoding.ASCII.GetBytes(to, font.AsSpan(Record(font, tag)));
}

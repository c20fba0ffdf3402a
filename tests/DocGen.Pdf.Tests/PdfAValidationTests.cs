using System.Text.Json;
using DocGen.Pdf.Tests.Fonts;
using DocGen.Pdf.Tests.Support;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace DocGen.Pdf.Tests;

/// <summary>
/// The archive profile judged by readers other than ours: Apache PDFBox Preflight for PDF/A-1b, and
/// for the "a" of PDF/A-1a what Preflight does not check — every page's content tagged or an
/// artifact, the structure tree in the page's reading order, every glyph mapped to Unicode — read
/// with PdfPig and qpdf.
/// </summary>
public class PdfAValidationTests(ArchiveSamples samples) : IClassFixture<ArchiveSamples>
{
    [Fact]
    public void Preflight_EveryArchivePdf_ValidPdfA1b()
    {
        var verdicts = Preflight.Validate(samples.Pdfs);

        var invalid = verdicts.Values.Where(v => !v.Valid).Select(v => $"{v.Name}: {string.Join("; ", v.Errors)}").ToList();
        Assert.True(invalid.Count == 0, string.Join("\n", invalid));
        Assert.Equal(samples.Pdfs.Count, verdicts.Count);
    }

    [Fact]
    public void Preflight_CidSetRemoved_Invalid()
    {
        var broken = WithoutCidSets(samples.Pdfs["synthetic-busy-2023"]);

        var verdict = Preflight.Validate(new Dictionary<string, byte[]> { ["no-cidset"] = broken })["no-cidset"];

        Assert.False(verdict.Valid);
        Assert.Contains(verdict.Errors, e => e.StartsWith("3.1.11", StringComparison.Ordinal) && e.Contains("CIDSet entry is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Preflight_SiteCodeNamespaceNotDescribedByAnExtensionSchema_Invalid()
    {
        // The extension schema made to describe another namespace (same length, so the file stays whole).
        var pdf = samples.Pdfs["synthetic-busy-2023"];
        var described = System.Text.Encoding.ASCII.GetBytes($"<pdfaSchema:namespaceURI>{DocGen.Pdf.Rendering.SiteXmp.Namespace}");
        var at = pdf.AsSpan().IndexOf(described);
        Assert.True(at > 0, "no extension schema for the site code");
        var broken = pdf.ToArray();
        broken[at + described.Length - 2] = (byte)'X'; // urn:docgen:xmp:site:1.X/

        var verdict = Preflight.Validate(new Dictionary<string, byte[]> { ["undescribed"] = broken })["undescribed"];

        Assert.False(verdict.Valid);
        Assert.Contains(verdict.Errors, e => e.StartsWith("7.", StringComparison.Ordinal));
    }

    [Fact]
    public void Archive_CidSet_NamesExactlyTheGlyphsOfEachEmbeddedProgram()
    {
        foreach (var (name, pdf) in samples.Pdfs)
        {
            var programs = EmbeddedFontPrograms.Read(pdf);
            Assert.NotEmpty(programs);
            foreach (var program in programs)
            {
                Assert.True(program.CidSet is not null, $"{name}: {program.FontName} has no CIDSet");
                var listed = Enumerable.Range(0, program.CidSet!.Length * 8).Where(cid => (program.CidSet[cid / 8] & (0x80 >> (cid % 8))) != 0).ToList();
                var present = Enumerable.Range(0, program.Program.NumGlyphs).Where(gid => gid == 0 || program.Program.Glyph(gid).Length > 0).ToList();
                Assert.True(present.SequenceEqual(listed), $"{name}: {program.FontName}: CIDSet lists {listed.Count} CIDs, the program has {present.Count} glyphs");
            }
        }
    }

    [Fact]
    public void Archive_EveryPage_TextAndRulesInsideStructureElementsOrArtifacts()
    {
        foreach (var (name, pdf) in samples.Pdfs)
        {
            using var document = PdfPigDocument.Open(pdf);
            foreach (var page in document.GetPages())
            {
                var marked = page.GetMarkedContents();
                Assert.All(marked, m => Assert.True(m.IsArtifact || m.MarkedContentIdentifier >= 0, $"{name} p{page.Number}: marked content {m.Tag} is neither tagged (MCID) nor an artifact"));
                Assert.All(marked, m => Assert.Empty(m.Children)); // flat: each sequence is one element's content on this page
                Assert.True(page.Letters.Count == marked.Sum(m => m.Letters.Count), $"{name} p{page.Number}: {page.Letters.Count - marked.Sum(m => m.Letters.Count)} glyphs outside any marked content");
                Assert.True(page.Paths.Count == marked.Sum(m => m.Paths.Count), $"{name} p{page.Number}: {page.Paths.Count - marked.Sum(m => m.Paths.Count)} paths outside any marked content");
            }
        }
    }

    [Fact]
    public void Archive_StructureTree_ReadingOrderIsThePagesOrder()
    {
        foreach (var (name, pdf) in samples.Pdfs)
        {
            var tree = StructureOrder(pdf);
            using var document = PdfPigDocument.Open(pdf);
            foreach (var page in document.GetPages())
            {
                var content = page.GetMarkedContents().Where(m => !m.IsArtifact).Select(m => m.MarkedContentIdentifier).ToList();
                var inTree = tree.TryGetValue(page.Number, out var mcids) ? mcids : [];
                Assert.True(content.Count > 0, $"{name} p{page.Number}: no tagged content");
                Assert.True(content.SequenceEqual(inTree), $"{name} p{page.Number}: content MCIDs [{string.Join(",", content)}], structure tree [{string.Join(",", inTree)}]");
            }
        }
    }

    [Fact]
    public void Archive_EveryGlyph_MapsToUnicode()
    {
        foreach (var (name, pdf) in samples.Pdfs)
        {
            using var document = PdfPigDocument.Open(pdf);
            foreach (var page in document.GetPages())
            {
                Assert.NotEmpty(page.Letters);
                var unmapped = page.Letters.Where(l => l.Value.Length == 0 || l.Value.Any(c => c == '\uFFFD' || char.IsControl(c) || c is >= '\uE000' and <= '\uF8FF')).ToList();
                Assert.True(unmapped.Count == 0, $"{name} p{page.Number}: {unmapped.Count} glyphs without Unicode, first in {unmapped.FirstOrDefault()?.FontName}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(TaggedPdfTests.FixturesInBothProfiles), MemberType = typeof(TaggedPdfTests))]
    public void Render_EveryPage_NoMarkedContentOperatorInsideATextObject(string fixture, PdfProfile profile)
    {
        var pdf = PdfReportRenderer.Default.Render(FixtureReports.Outline(fixture), Fixtures.Site(fixture), profile).Bytes;

        using var document = PdfPigDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            var inText = false;
            var depth = 0;
            foreach (var op in page.Operations.Select(o => o.Operator))
            {
                switch (op)
                {
                    case "BT": inText = true; break;
                    case "ET": inText = false; break;
                    case "BDC" or "BMC" or "EMC":
                        Assert.False(inText, $"{fixture} {profile} p{page.Number}: {op} inside BT … ET");
                        depth += op == "EMC" ? -1 : 1;
                        Assert.InRange(depth, 0, 1);
                        break;
                }
            }
            Assert.Equal(0, depth);
        }
    }

    /// <summary>The MCIDs of each page (1-based) in the order a depth-first walk of the structure tree meets them.</summary>
    private static Dictionary<int, List<int>> StructureOrder(byte[] pdf)
    {
        using var json = PdfTools.QpdfJson(pdf);
        var pageNumbers = json.RootElement.GetProperty("pages").EnumerateArray()
            .Select((p, i) => (p.GetProperty("object").GetString()!, i + 1)).ToDictionary(p => p.Item1, p => p.Item2);
        var structure = new PdfStructure(pdf);
        var order = new Dictionary<int, List<int>>();
        void Add(string? page, int mcid)
        {
            Assert.True(page is not null && pageNumbers.ContainsKey(page), $"MCID {mcid} without a page");
            var number = pageNumbers[page!];
            if (!order.TryGetValue(number, out var list)) order[number] = list = [];
            list.Add(mcid);
        }
        void Walk(JsonElement node, string? page, int depth)
        {
            Assert.InRange(depth, 0, 64);
            node = structure.Resolve(node);
            switch (node.ValueKind)
            {
                case JsonValueKind.Number:
                    Add(page, node.GetInt32());
                    return;
                case JsonValueKind.Array:
                    foreach (var kid in node.EnumerateArray()) Walk(kid, page, depth + 1);
                    return;
                case JsonValueKind.Object:
                    if (node.TryGetProperty("/Pg", out var pg)) page = pg.GetString();
                    if (node.TryGetProperty("/Type", out var type) && type.GetString() == "/MCR") { Add(page, node.GetProperty("/MCID").GetInt32()); return; }
                    if (node.TryGetProperty("/K", out var kids)) Walk(kids, page, depth + 1);
                    return;
            }
        }
        Walk(structure.CatalogEntry("/StructTreeRoot")!.Value, null, 0);
        return order;
    }

    private static byte[] WithoutCidSets(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Modify);
        var removed = 0;
        foreach (var item in document.Internals.GetAllObjects())
            if (item is PdfDictionary d && d.Elements.GetName("/Type") == "/FontDescriptor" && d.Elements.ContainsKey("/CIDSet"))
            {
                d.Elements.Remove("/CIDSet");
                removed++;
            }
        Assert.True(removed > 0, "the sample has no CIDSet to remove");
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }
}

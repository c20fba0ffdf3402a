using DocGen.Pdf.Tests.Support;

namespace DocGen.Pdf.Tests;

/// <summary>
/// The archive-profile PDFs the PDF tests make, rendered once for the validating tests: every
/// fixture (both national-table editions, the 2017 legacy report, the hostile rich text of
/// synthetic-broken-2023, the links of synthetic-busy-2023), a paragraph running over several pages,
/// and characters outside the compact cuts (the full faces embedded beside them).
/// </summary>
public sealed class ArchiveSamples
{
    public IReadOnlyDictionary<string, byte[]> Pdfs { get; } = Render();

    private static Dictionary<string, byte[]> Render()
    {
        var renderer = PdfReportRenderer.Default;
        var pdfs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var fixture in CheckoutPaths.FixtureNames)
            pdfs[fixture] = renderer.Render(FixtureReports.Outline(fixture), Fixtures.Site(fixture), PdfProfile.Archive).Bytes;

        var busy = FixtureReports.Report("synthetic-busy-2023");
        var site = Fixtures.Site("synthetic-busy-2023");
        var longText = string.Concat(Enumerable.Repeat("本机关持续推进政务公开标准化规范化建设，逐项梳理公开事项目录。", 120));
        pdfs["long-paragraph"] = renderer.Render(FixtureReports.Outline(busy with { Problems = new DocGen.Core.Model.RichText(longText) }), site, PdfProfile.Archive).Bytes;
        pdfs["outside-the-cuts"] = renderer.Render(FixtureReports.Outline(busy with
        {
            Agency = "测试市镕堃管理局",
            Overview = new DocGen.Core.Model.RichText("本年度由张喆、李玥同志负责政府信息公开工作。"),
        }), site, PdfProfile.Archive).Bytes;
        return pdfs;
    }
}

using DocGen.Pdf.Tests.Support;

namespace DocGen.Pdf.Tests;

public class RenderSmokeTests
{
    [Fact]
    public void Render_EveryFixture_WritesPdf()
    {
        var outDir = Path.Combine(Path.GetTempPath(), "docgen-pdf-out");
        Directory.CreateDirectory(outDir);
        foreach (var name in Fixtures.All)
        {
            var result = PdfReportRenderer.Default.Render(SampleLayouts.Outline(Fixtures.Report(name)), Fixtures.SiteFor(name));
            File.WriteAllBytes(Path.Combine(outDir, name + ".pdf"), result.Bytes);
            Assert.True(result.PageCount > 0);
        }
    }
}

using DocGen.Pdf.Tests.Support;

namespace DocGen.Pdf.Tests;

public class RenderSmokeTests
{
    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Render_Fixture_WritesPdf(string name)
    {
        var outDir = Path.Combine(Path.GetTempPath(), "docgen-pdf-out");
        Directory.CreateDirectory(outDir);
        var result = PdfReportRenderer.Default.Render(Fixtures.Outline(name), Fixtures.Site(name));
        File.WriteAllBytes(Path.Combine(outDir, name + ".pdf"), result.Bytes);
        Assert.True(result.PageCount > 0);
    }
}

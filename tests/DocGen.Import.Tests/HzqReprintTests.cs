using DocGen.Core.Model;
using DocGen.Import.Tests.Support;
using DocGen.Rendering;
using P = DocGen.Protos.V1;

namespace DocGen.Import.Tests;

/// <summary>
/// 淮安市洪泽区人民政府's 2023 report imported from the WPS-made PDF the office published and
/// printed again by DocGen: an editor compares the two page by page (issue 22).
/// </summary>
public sealed class HzqReprintTests
{
    [Fact]
    public void Render_ImportedHzq2023_NoMorePagesThanTheWpsOriginal()
    {
        var original = File.ReadAllBytes(CheckoutPaths.Shared("archive", "hzq-2023.pdf"));
        var imported = ReportImporter.Import(original, "", "hzq-2023.pdf", Edition.Unspecified, CancellationToken.None);

        var reprint = Renders.Render(new P.RenderRequest { SiteCode = "2111000031", Report = imported.Report }, OutputKind.Pdf);

        var wpsPages = PdfPageCount(original);
        Assert.Equal(5, wpsPages);
        Assert.InRange(reprint.PageCount, 1, wpsPages);
    }

    // Read with poppler, as an editor's viewer counts them.
    private static int PdfPageCount(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"docgen-hzq-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("pdfinfo", path) { RedirectStandardOutput = true };
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var line = output.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
            return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

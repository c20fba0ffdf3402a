using DocGen.Core.Sites;
using DocGen.Pdf;
using DocGen.Tests.Shared;

// DocGen.Pdf.RenderProcess OUTPUT_DIR SITE_NAME
// Renders every shared fixture in both profiles in this process, as the renderer tests do in
// theirs, to OUTPUT_DIR/FIXTURE.PROFILE.pdf.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: DocGen.Pdf.RenderProcess OUTPUT_DIR SITE_NAME");
    return 2;
}
var (output, siteName) = (args[0], args[1]);
Directory.CreateDirectory(output);
foreach (var fixture in CheckoutPaths.FixtureNames)
{
    var site = new SiteProfile { SiteCode = FixtureReports.Request(fixture).SiteCode, Name = siteName };
    foreach (var profile in Enum.GetValues<PdfProfile>())
        File.WriteAllBytes(Path.Combine(output, $"{fixture}.{profile}.pdf"), PdfReportRenderer.Default.Render(FixtureReports.Outline(fixture), site, profile).Bytes);
}
return 0;

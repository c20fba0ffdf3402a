using DocGen.Html.Rendering;
using DocGen.Html.Sites;
namespace DocGen.Html.Tests.Support;
public class Scratch
{
    [Fact]
    public void Dump()
    {
        using var registry = new SiteRegistry(Fixtures.TemplatesRoot, options: new SiteRegistryOptions { Watch = false });
        Directory.CreateDirectory("/tmp/html-out");
        foreach (var name in Fixtures.RequestNames)
        {
            var request = Fixtures.Request(name);
            Assert.True(registry.TryGetSite(request.SiteCode, out var site), request.SiteCode);
            File.WriteAllText($"/tmp/html-out/{name}.html", HtmlReportRenderer.RenderPage(Fixtures.Outline(name), site));
            File.WriteAllText($"/tmp/html-out/{name}.fragment.html", HtmlReportRenderer.RenderFragment(Fixtures.Outline(name), site));
        }
    }
}

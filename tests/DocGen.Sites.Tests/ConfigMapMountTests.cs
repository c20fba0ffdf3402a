using DocGen.Html.Rendering;
using DocGen.Sites;
using DocGen.Sites.Tests.Support;

namespace DocGen.Sites.Tests;

/// <summary>
/// Sites served from a Kubernetes ConfigMap volume (deploy/kubernetes/): the kubelet updates it by
/// swapping symlinks, never by editing files in place, and the registry must still see the change.
/// </summary>
public sealed class ConfigMapMountTests : IDisposable
{
    private const string HeaderPartial = "sites/2111000031/partials/header.sbn-html";
    private readonly ConfigMapVolume _volume = new();

    public void Dispose() => _volume.Dispose();

    private static string Page(SiteRegistry registry, string code)
    {
        Assert.True(registry.TryGetSite(code, out var site), $"site {code} is not served");
        return HtmlReportRenderer.RenderPage(FixtureReports.Outline("synthetic-busy-2023"), site);
    }

    [Fact]
    public void Open_ConfigMapVolume_ServesEverySite()
    {
        _volume.Write(ConfigMapVolume.Templates());

        using var registry = new SiteRegistry(_volume.Root, options: SampleSites.NoWatch);

        Assert.Equal(["2111000031", "3501210001", "3703030001"], registry.Sites.Select(s => s.SiteCode));
    }

    [Fact]
    public void TryGetSite_AfterTheKubeletSwapsInAnUpdate_ServesTheNewVersion()
    {
        var files = ConfigMapVolume.Templates();
        _volume.Write(files);
        using var registry = new SiteRegistry(_volume.Root, options: SampleSites.NoWatch);
        Assert.DoesNotContain("更新后的页眉", Page(registry, "2111000031"));

        files[HeaderPartial] = "<header>更新后的页眉 {{ site.name }}</header>";
        files["sites/1507000009/site.json"] = "{\"siteCode\": \"1507000009\", \"name\": \"新站点\"}";
        files.Remove("sites/3501210001/site.json");
        _volume.Write(files);

        Assert.Contains("更新后的页眉 盘锦市人民政府", Page(registry, "2111000031"));
        Assert.Equal(["1507000009", "2111000031", "3703030001"], registry.Sites.Select(s => s.SiteCode));
    }

    [Fact]
    public void Watcher_KubeletSwapsInAnUpdate_IsReloadedWithoutALookup()
    {
        var files = ConfigMapVolume.Templates();
        _volume.Write(files);
        using var registry = new SiteRegistry(_volume.Root,
            options: new SiteRegistryOptions { Watch = true, StampCheckInterval = null, Debounce = TimeSpan.FromMilliseconds(50) });
        Assert.True(registry.TryGetSite("2111000031", out var before));

        files["sites/2111000031/page.css"] = ".site-name { color: gold; }";
        _volume.Write(files);

        // Polls with a generous deadline: the watcher's event is asynchronous, its timing is not what is tested.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        RegisteredSite? after;
        while (registry.TryGetSite("2111000031", out after) && ReferenceEquals(before, after) && DateTime.UtcNow < deadline) Thread.Sleep(50);
        Assert.NotSame(before, after);
        Assert.Contains("color: gold", after!.PageCss.Value);
    }
}

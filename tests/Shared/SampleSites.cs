using DocGen.Sites;
using HtmlAgilityPack;

namespace DocGen.Tests.Shared;

/// <summary>Registries over the repo's templates, or over a private copy a test may edit.</summary>
internal static class SampleSites
{
    private static readonly Lazy<SiteRegistry> Shared = new(() => new SiteRegistry(CheckoutPaths.Templates, options: NoWatch));

    public static readonly SiteRegistryOptions NoWatch = new() { Watch = false };

    public static RegisteredSite Get(string siteCode) =>
        Shared.Value.TryGetSite(siteCode, out var site) ? site : throw new InvalidOperationException($"sample site {siteCode} did not load");

    /// <summary>A copy of templates/ in a fresh temp folder.</summary>
    public static string CopyTemplates()
    {
        var target = Path.Combine(Path.GetTempPath(), "docgen-templates-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(CheckoutPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(CheckoutPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }

    public static HtmlDocument Parse(string html)
    {
        var document = new HtmlDocument();
        document.LoadHtml(html);
        return document;
    }
}

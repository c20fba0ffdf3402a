using DocGen.Html.Templates;

namespace DocGen.Sites;

/// <summary>
/// The files a site renders with: its template set (templates/default/ unless site.json names
/// another) with the site folder's own files on top. A site's page.sbn-html, fragment.sbn-html or
/// partials/NAME.sbn-html replaces the set's file of that name; a site's page.css and report.css
/// are added after the set's, so their rules win by the cascade. Every file is read through
/// <see cref="SiteFileReader"/> (inside the templates root, UTF-8).
/// </summary>
internal sealed record SiteSources(
    IReadOnlyList<TemplateSource> Templates,
    IReadOnlyList<TemplateSource> Partials,
    string PageCss,
    string ReportCss)
{
    public static readonly string[] TemplateNames = ["page", "fragment"];
    public const string TemplateExtension = ".sbn-html";
    private const string PartialsFolder = "partials";

    public static SiteSources Load(string root, string setFolder, string siteFolder)
    {
        var templates = TemplateNames.Select(name =>
        {
            var file = new[] { siteFolder, setFolder }.Select(f => Path.Combine(f, name + TemplateExtension)).FirstOrDefault(File.Exists)
                       ?? throw new SiteFileException(Path.Combine(setFolder, name + TemplateExtension), 1, "template is missing");
            return new TemplateSource(name, file, SiteFileReader.ReadText(file, root));
        }).ToArray();

        var partials = new Dictionary<string, TemplateSource>(StringComparer.Ordinal);
        foreach (var folder in new[] { setFolder, siteFolder })
        {
            var partialsFolder = Path.Combine(folder, PartialsFolder);
            if (!Directory.Exists(partialsFolder)) continue;
            foreach (var file in Directory.EnumerateFiles(partialsFolder, "*" + TemplateExtension).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file)[..^TemplateExtension.Length];
                partials[name] = new TemplateSource(name, file, SiteFileReader.ReadText(file, root));
            }
        }
        return new SiteSources(templates, partials.Values.ToArray(),
            Css(root, setFolder, siteFolder, "page.css"), Css(root, setFolder, siteFolder, "report.css"));
    }

    public IEnumerable<TemplateSource> All => Templates.Concat(Partials);

    /// <summary>
    /// The set's CSS then the site's. CSS goes inside &lt;style&gt;, where a "&lt;/" could end the
    /// element and start markup, so a file containing one is refused.
    /// </summary>
    private static string Css(string root, string setFolder, string siteFolder, string fileName)
    {
        var parts = new List<string>(2);
        foreach (var file in new[] { setFolder, siteFolder }.Select(f => Path.Combine(f, fileName)).Where(File.Exists))
        {
            var css = SiteFileReader.ReadText(file, root);
            var index = css.IndexOf("</", StringComparison.Ordinal);
            if (index >= 0) throw new SiteFileException(file, SiteFileReader.LineAt(css, index), "CSS must not contain '</'");
            parts.Add(css);
        }
        return string.Join("\n", parts);
    }
}

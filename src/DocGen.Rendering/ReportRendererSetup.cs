using DocGen.Sites;
using DocGen.Pdf;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocGen.Rendering;

/// <summary>Where rendering finds its templates and fonts.</summary>
public sealed record ReportRendererSetup
{
    /// <summary>The folder holding default/ and sites/&lt;site_code&gt;/.</summary>
    public required string TemplatesRoot { get; init; }

    /// <summary>Extra font folders, searched before the defaults.</summary>
    public IReadOnlyList<string> FontFolders { get; init; } = [];

    /// <summary>Also search the system font folders and DOCGEN_FONT_DIR.</summary>
    public bool UseSystemFonts { get; init; } = true;

    /// <summary>Watch the templates folder and pick up edits while running.</summary>
    public bool WatchTemplates { get; init; } = true;

    /// <summary>The one place the server, the CLI and the bench build their renderer.</summary>
    public RenderingServices Create(ILoggerFactory? loggers = null, TimeProvider? time = null)
    {
        loggers ??= NullLoggerFactory.Instance;
        var folders = UseSystemFonts ? [.. FontFolders, .. PdfRenderOptions.DefaultFontFolders()] : FontFolders;
        var sites = new SiteRegistry(TemplatesRoot, logger: loggers.CreateLogger<SiteRegistry>(),
            options: new SiteRegistryOptions { Watch = WatchTemplates, FontInstalled = family => InstalledFonts.HasFamily(folders, family) });
        var pdf = new PdfReportRenderer(new PdfRenderOptions(folders));
        return new RenderingServices(new ReportRenderer(sites, pdf, time ?? TimeProvider.System), sites,
            new RenderReadiness(pdf, loggers.CreateLogger<RenderReadiness>()));
    }
}

/// <summary>
/// A renderer, the site registry it renders for (disposed with the host), and whether it can
/// produce every output.
/// </summary>
public sealed record RenderingServices(ReportRenderer Renderer, SiteRegistry Sites, RenderReadiness Readiness);

using DocGen.Core.Sites;
using DocGen.Html.Rendering;
using DocGen.Html.Templates;

namespace DocGen.Sites;

/// <summary>
/// A registered site ready to render: its profile, its compiled templates (the site's own files over its
/// template set) and CSS. Immutable; a reload replaces it as a whole.
/// </summary>
public sealed record RegisteredSite(
    SiteProfile Profile,
    ICompiledTemplates Templates,
    TrustedHtml PageCss,
    TrustedHtml ReportCss,
    string FolderPath) : IHtmlSite
{
    public string SiteCode => Profile.SiteCode;

    private ViewCache? _view;

    /// <summary>The site as templates see it, built once per profile (a copy made with another profile builds its own).</summary>
    public SiteView View
    {
        get
        {
            var cache = _view;
            if (cache is null || !ReferenceEquals(cache.Of, Profile)) _view = cache = new ViewCache(Profile, SiteView.Of(Profile));
            return cache.View;
        }
    }

    /// <summary>What the loader found questionable but usable in site.json (each names the field).</summary>
    public IReadOnlyList<SiteWarning> Warnings { get; init; } = [];

    /// <summary>Identifies the files this version was built from; equal stamps mean nothing changed.</summary>
    internal long SourceStamp { get; init; }

    /// <summary>The template set folder this version was built over (default/ unless site.json names another).</summary>
    internal string SetFolderPath { get; init; } = "";

    private sealed record ViewCache(SiteProfile Of, SiteView View);
}

using DocGen.Core.Sites;
using DocGen.Html.Templates;

namespace DocGen.Html.Sites;

/// <summary>
/// A site ready to render: its profile, its compiled templates (the site's own files over its
/// template set) and CSS. Immutable; a reload replaces it as a whole.
/// </summary>
public sealed record RegisteredSite(
    SiteProfile Profile,
    ICompiledTemplates Templates,
    TrustedHtml PageCss,
    TrustedHtml ReportCss,
    string FolderPath)
{
    public string SiteCode => Profile.SiteCode;

    /// <summary>Identifies the files this version was built from; equal stamps mean nothing changed.</summary>
    internal long SourceStamp { get; init; }

    /// <summary>The template set folder this version was built over (default/ unless site.json names another).</summary>
    internal string SetFolderPath { get; init; } = "";
}

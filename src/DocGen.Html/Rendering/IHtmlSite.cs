using DocGen.Core.Sites;
using DocGen.Html.Templates;

namespace DocGen.Html.Rendering;

/// <summary>What a page needs of its site: the profile, the compiled templates and the CSS.</summary>
public interface IHtmlSite
{
    SiteProfile Profile { get; }

    ICompiledTemplates Templates { get; }

    TrustedHtml PageCss { get; }

    TrustedHtml ReportCss { get; }

    /// <summary>The site as templates see it.</summary>
    SiteView View { get; }
}

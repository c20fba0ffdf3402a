using DocGen.Html.Templates;

namespace DocGen.Html.Rendering;

// The models templates see, with Scriban's snake_case names ({{ site.name }}, {{ for section in sections }}).
// Renaming a property breaks every site's templates: add, don't rename. templates/README.md lists them.

/// <summary>Everything page.sbn-html and fragment.sbn-html can show.</summary>
public sealed record ReportView(
    SiteView Site,
    string Title,
    string Agency,
    int Year,
    string ColumnType,
    string? PubDate,
    CatalogueView? Catalogue,
    TrustedHtml? Preamble,
    IReadOnlyList<SectionView> Sections,
    string SignedBy,
    string SignedOn,
    TrustedHtml PageCss,
    TrustedHtml ReportCss)
{
    /// <summary>The title with &lt;wbr&gt; between its words (盘锦市|商务局|2022年|政府信息公开|工作年度报告), for a title that breaks only there.</summary>
    public TrustedHtml TitleHtml => TitleWords.Html(Title);
}

/// <summary>The disclosure catalogue header (索引号, 文号, 发布机构, 发布日期, 主题分类).</summary>
public sealed record CatalogueView(string IndexNumber, string DocumentNumber, string Agency, string PublishedOn, string Subject);

/// <summary>A section: its narrative and national table are HTML our code built, written as they are.</summary>
public sealed record SectionView(string Anchor, string Heading, TrustedHtml? Narrative, TrustedHtml? Table);

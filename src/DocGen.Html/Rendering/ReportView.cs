using DocGen.Core.Sites;
using DocGen.Html.Templates;

namespace DocGen.Html.Rendering;

// The models templates see. Names are the template variables ({{Site.Name}}, {{#each Sections}}),
// so renaming a property breaks every site's templates: add, don't rename.

/// <summary>Everything page.hbs and fragment.hbs can show.</summary>
public sealed record ReportView(
    SiteProfile Site,
    string Title,
    string Agency,
    int Year,
    string ColumnType,
    string PubDate,
    CatalogueView? Catalogue,
    TrustedHtml? Preamble,
    IReadOnlyList<SectionView> Sections,
    string SignedBy,
    string SignedOn,
    TrustedHtml PageCss,
    TrustedHtml ReportCss);

/// <summary>The disclosure catalogue header (索引号, 文号, 发布机构, 发布日期, 主题分类).</summary>
public sealed record CatalogueView(string IndexNumber, string DocumentNumber, string Agency, string PublishedOn, string Subject);

public sealed record SectionView(string Anchor, string Heading, TrustedHtml? Narrative, TableView? Table);

/// <summary>
/// A national table ready to print: head rows for &lt;thead&gt;, the rest for &lt;tbody&gt;.
/// <see cref="CaptionRepeatsHeading"/>: the caption says what the section heading just said, so
/// templates keep it for screen readers but need not show it twice.
/// </summary>
public sealed record TableView(
    string Key,
    string Id,
    string Caption,
    bool CaptionRepeatsHeading,
    int ColumnCount,
    bool IsWide,
    IReadOnlyList<RowView> HeadRows,
    IReadOnlyList<RowView> BodyRows);

public sealed record RowView(IReadOnlyList<CellView> Cells);

/// <summary>
/// One cell: <see cref="Tag"/> th or td; spans null when 1 (so templates can leave the attribute
/// out); <see cref="Field"/> the binding path of a value cell, for data-field.
/// </summary>
public sealed record CellView(string Tag, string Text, int? ColSpan, int? RowSpan, string? Scope, string? Field, string CssClass);

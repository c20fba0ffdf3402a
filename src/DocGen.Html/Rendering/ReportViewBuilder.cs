using DocGen.Core.Outline;
using DocGen.RichText;

namespace DocGen.Html.Rendering;

/// <summary>Builds the template model for one report on one site.</summary>
internal static class ReportViewBuilder
{
    public const string ColumnType = "信息公开年报";

    public static ReportView Build(ReportOutline outline, IHtmlSite site, HtmlRenderOptions options, CancellationToken cancellationToken = default)
    {
        var report = outline.Report;
        var meta = report.Meta;
        var catalogue = meta is null
            ? null
            : new CatalogueView(meta.IndexNumber, meta.DocumentNumber, report.Agency,
                ChineseDate.Display(meta.PublishedOn.Length > 0 ? meta.PublishedOn : outline.SignedOn), meta.Subject);
        var sections = outline.Sections.Select(s => new SectionView(
            s.Anchor,
            s.Heading,
            s.Narrative is null ? null : RichTextHtmlWriter.Write(RichTextParser.Parse(s.Narrative, cancellationToken)),
            s.Table is null ? null : TableHtmlWriter.Write(s.Table, s.Heading, report, options))).ToArray();
        return new ReportView(
            site.View,
            outline.Title,
            report.Agency,
            report.Year,
            ColumnType,
            PubDate(outline),
            catalogue,
            RichTextHtmlWriter.Write(RichTextParser.Parse(outline.Preamble, cancellationToken)),
            sections,
            outline.SignedBy,
            ChineseDate.Display(outline.SignedOn),
            site.PageCss,
            site.ReportCss);
    }

    /// <summary>
    /// &lt;meta name="PubDate"&gt;: the signing date, else the catalogue's 发布日期, else none
    /// (the page leaves the tag out rather than publish an empty one; validation warns).
    /// </summary>
    public static string? PubDate(ReportOutline outline) =>
        outline.SignedOn.Length > 0 ? outline.SignedOn
        : outline.Report.Meta is { PublishedOn.Length: > 0 } meta ? meta.PublishedOn
        : null;
}

using DocGen.Core.Outline;
using DocGen.Html.Sites;
using DocGen.RichText;

namespace DocGen.Html.Rendering;

/// <summary>Builds the template model for one report on one site.</summary>
internal static class ReportViewBuilder
{
    public const string ColumnType = "信息公开年报";

    public static ReportView Build(ReportOutline outline, RegisteredSite site, HtmlRenderOptions options, CancellationToken cancellationToken = default)
    {
        var report = outline.Report;
        var meta = report.Meta;
        var published = meta is { PublishedOn.Length: > 0 } ? meta.PublishedOn : outline.SignedOn;
        var catalogue = meta is null
            ? null
            : new CatalogueView(meta.IndexNumber, meta.DocumentNumber, report.Agency, ChineseDate.Display(published), meta.Subject);
        var sections = outline.Sections.Select(s => new SectionView(
            s.Anchor,
            s.Heading,
            s.Narrative is null ? null : RichTextHtmlWriter.Write(RichTextParser.Parse(s.Narrative, cancellationToken)),
            s.Table is null ? null : TableViewBuilder.Build(s.Table, s.Heading, report, options))).ToArray();
        return new ReportView(
            site.Profile,
            outline.Title,
            report.Agency,
            report.Year,
            ColumnType,
            published,
            catalogue,
            RichTextHtmlWriter.Write(RichTextParser.Parse(outline.Preamble, cancellationToken)),
            sections,
            outline.SignedBy,
            ChineseDate.Display(outline.SignedOn),
            site.PageCss,
            site.ReportCss);
    }
}

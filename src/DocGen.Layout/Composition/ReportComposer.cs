using System.Globalization;
using DocGen.Core.Outline;
using DocGen.Layout;
using DocGen.Layout.Fonts;

namespace DocGen.Layout.Composition;

/// <summary>
/// Builds the element tree of a report in print order: title, preamble, each section (heading,
/// narrative, national table), then the 落款. Headings keep with what follows and carry the
/// section's bookmark. A fresh tree is built per pass because elements hold progress.
/// </summary>
internal sealed class ReportComposer(FontSet fonts)
{
    private static readonly TextStyle Title = new(FontRole.Title, PageGeometry.TitleSize);
    private static readonly TextStyle Heading = new(FontRole.Heading, PageGeometry.BodySize);
    private static readonly TextStyle Subheading = new(FontRole.Subheading, PageGeometry.BodySize);
    private static readonly TextStyle Body = new(FontRole.Body, PageGeometry.BodySize);
    private static readonly TextStyle NarrativeTableText = new(FontRole.Table, PageGeometry.TableSize);

    private const double Indent = 2 * PageGeometry.BodySize; // 首行缩进两字
    private static readonly ParagraphStyle BodyParagraph = new(PageGeometry.BodyPitch, TextAlign.Justify, Indent);
    private static readonly ParagraphStyle HeadingParagraph = new(PageGeometry.BodyPitch, TextAlign.Left, Indent);

    private readonly TextAtomizer _atomizer = new(fonts);

    public TextAtomizer Atomizer => _atomizer;

    public IElement Compose(ReportOutline outline, CancellationToken cancellationToken = default)
    {
        var children = new List<IElement>
        {
            new ParagraphElement(Atoms(TitleLines(outline.Title), Title), new ParagraphStyle(PageGeometry.TitlePitch, TextAlign.Center), keepWithNext: true, tag: StructureTag.H1),
            new GapElement(PageGeometry.BodyPitch),
        };
        AddNarrative(children, NarrativeReader.Read(outline.Preamble, cancellationToken));

        foreach (var section in outline.Sections)
        {
            children.Add(new GapElement(PageGeometry.BodyPitch / 4));
            children.Add(new ParagraphElement(Atoms(section.Heading, Heading), HeadingParagraph, keepWithNext: true, bookmark: section.Heading, tag: StructureTag.H2));
            AddNarrative(children, NarrativeReader.Read(section.Narrative, cancellationToken));
            if (section.Table is { } table)
            {
                children.Add(new GapElement(PageGeometry.BodyPitch / 4));
                var (spec, cells) = NationalTables.ToSpec(table, outline.Report, _atomizer);
                children.Add(new TableElement(spec, cells, PageGeometry.TextBlock.Height));
                children.Add(new GapElement(PageGeometry.BodyPitch / 2));
            }
        }

        AddSignature(children, outline);
        return new StackElement(children);
    }

    private void AddNarrative(List<IElement> children, IReadOnlyList<NarrativeBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case NarrativeParagraph p:
                    children.Add(Paragraph(p));
                    break;
                case NarrativeList list:
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        var marker = list.Ordered ? $"{i + 1}. " : "• ";
                        var runs = Runs(list.Items[i], Body).Prepend(new StyledText(marker, Body));
                        children.Add(new ParagraphElement(_atomizer.Atomize(runs), BodyParagraph));
                    }
                    break;
                case NarrativeTable table when table.Rows.Count > 0:
                    children.Add(new GapElement(PageGeometry.BodyPitch / 4));
                    children.Add(new TableElement(SimpleTable(table), PageGeometry.TextBlock.Height));
                    children.Add(new GapElement(PageGeometry.BodyPitch / 4));
                    break;
            }
        }
    }

    // A numbered heading line keeps with its text; a run-in heading is set in its level's face.
    private ParagraphElement Paragraph(NarrativeParagraph paragraph)
    {
        var text = string.Concat(paragraph.Runs.Select(r => r.Text));
        var (level, length) = NarrativeHeadings.Find(text);
        if (level == 0) return new ParagraphElement(_atomizer.Atomize(Runs(paragraph.Runs, Body)), BodyParagraph);
        var style = level == 1 ? Heading : Subheading;
        var runs = Runs(paragraph.Runs, Body).ToList();
        var styled = new List<StyledText>();
        var left = length;
        foreach (var run in runs)
        {
            var take = Math.Clamp(left, 0, run.Text.Length);
            if (take > 0) styled.Add(run with { Text = run.Text[..take], Style = style with { Bold = run.Style.Bold, Link = run.Style.Link } });
            if (take < run.Text.Length) styled.Add(run with { Text = run.Text[take..] });
            left -= take;
        }
        var alone = length >= text.TrimEnd().Length;
        return new ParagraphElement(_atomizer.Atomize(styled), alone ? HeadingParagraph : BodyParagraph, keepWithNext: alone);
    }

    private TableSpec SimpleTable(NarrativeTable table)
    {
        var columns = table.Rows.Max(r => r.Count);
        var headerRows = table.Rows.TakeWhile(r => r.Count > 0 && r.All(c => c.IsHeader)).Count();
        if (headerRows == table.Rows.Count) headerRows = 0;
        var rows = table.Rows.Select(r => (IReadOnlyList<TableCellSpec>)Enumerable.Range(0, columns).Select(c =>
            c < r.Count
                ? new TableCellSpec(_atomizer.Atomize(Runs(r[c].Runs, NarrativeTableText)), r[c].IsHeader ? CellKind.Header : CellKind.Label, Centred: IsFigure(r[c]))
                : new TableCellSpec([], CellKind.Label)).ToList()).ToList();
        return new TableSpec("narrative", columns, headerRows, rows, PageGeometry.TableSize);
    }

    // Figures in a CMS table are centred like the national tables' figures; their columns are sized
    // as text columns, since a CMS table's columns are not the national tables' figure columns.
    private static bool IsFigure(NarrativeTableCell cell)
    {
        var text = string.Concat(cell.Runs.Select(r => r.Text)).Trim();
        return text.Length > 0 && text.All(ch => char.IsAsciiDigit(ch) || ch is '.' or ',' or '-' or '%');
    }

    // 落款 without a seal (GB/T 9704-2012 7.3.5.2): one blank line below the text, the agency 右空二字,
    // the date on the next line starting two characters right of the agency's first character; a
    // date longer than that allows is set 右空二字 and the agency moves left to stay two characters
    // before it. It never stands alone on a page: the paragraph before it keeps with it.
    private void AddSignature(List<IElement> children, ReportOutline outline)
    {
        var date = FormatDate(outline.SignedOn);
        if (outline.SignedBy.Length == 0 && date.Length == 0) return;
        if (children[^1] is ParagraphElement last) children[^1] = last.KeptWithNext();
        children.Add(new GapElement(PageGeometry.BodyPitch));
        var agency = Atoms(outline.SignedBy, Body);
        var dated = Atoms(date, Body);
        var (agencyLeft, dateLeft) = SignatureLefts(agency.Sum(a => a.Width), dated.Sum(a => a.Width), PageGeometry.TextBlock.Width);
        if (outline.SignedBy.Length > 0) children.Add(new ParagraphElement(agency, SignatureLine(agencyLeft), keepWithNext: date.Length > 0));
        if (date.Length > 0) children.Add(new ParagraphElement(dated, SignatureLine(dateLeft)));
    }

    /// <summary>Where the agency and the date of the 落款 start, in points from the text block's left edge.</summary>
    public static (double Agency, double Date) SignatureLefts(double agencyWidth, double dateWidth, double blockWidth)
    {
        const double Two = 2 * PageGeometry.BodySize;
        var agency = blockWidth - Two - agencyWidth;
        var date = agency + Two;
        if (agencyWidth == 0 || date + dateWidth > blockWidth - Two + Units.Epsilon)
        {
            date = blockWidth - Two - dateWidth;
            if (agencyWidth > 0) agency = Math.Min(agency, date - Two);
        }
        return (agency, date);
    }

    // A name too long for one line is set right-aligned 右空二字 instead.
    private static ParagraphStyle SignatureLine(double left) => left >= 0
        ? new ParagraphStyle(PageGeometry.BodyPitch, TextAlign.Left, FirstLineIndent: left)
        : new ParagraphStyle(PageGeometry.BodyPitch, TextAlign.Right, RightIndent: 2 * PageGeometry.BodySize);

    /// <summary>
    /// A title too long for one line breaks before 政府信息公开工作年度报告 when both halves fit
    /// (盘锦市商务局2022年 / 政府信息公开工作年度报告), not wherever the width runs out, which
    /// would leave 报告 alone on the second line.
    /// </summary>
    public string TitleLines(string title)
    {
        const string Genre = "政府信息公开工作年度报告";
        var at = title.IndexOf(Genre, StringComparison.Ordinal);
        double Width(string text) => Atoms(text, Title).Sum(a => a.Width);
        var width = PageGeometry.TextBlock.Width;
        if (at <= 0 || Width(title) <= width) return title;
        var head = title[..at];
        var tail = title[at..];
        return Width(head) <= width && Width(tail) <= width ? head + "\n" + tail : title;
    }

    /// <summary>2023-01-31 → 2023年1月31日; anything else is printed as sent.</summary>
    public static string FormatDate(string isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? $"{d.Year}年{d.Month}月{d.Day}日"
            : isoDate;

    private List<Atom> Atoms(string text, TextStyle style) => _atomizer.Atomize([new StyledText(text, style)]);

    // On paper a link is its text followed by its URL, unless the text around it already shows the URL.
    private static IEnumerable<StyledText> Runs(IReadOnlyList<NarrativeRun> runs, TextStyle style)
    {
        var plain = string.Concat(runs.Select(r => r.Text));
        foreach (var r in runs)
        {
            yield return new StyledText(r.Text, style with { Bold = r.Bold, Link = r.Href });
            if (r.Href is { } url && !plain.Contains(url, StringComparison.Ordinal))
                yield return new StyledText($"（{url}）", style with { Link = url });
        }
    }
}

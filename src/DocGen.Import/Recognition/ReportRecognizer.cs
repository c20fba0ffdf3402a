using DocGen.Core.Editions;
using DocGen.Core.Layout;
using DocGen.Import.Document;
using DocGen.Import.Reading;
using DocGen.Protos.V1;
using CoreEdition = DocGen.Core.Model.Edition;

namespace DocGen.Import.Recognition;

/// <summary>What recognition made of a document: the report, the edition it reads as, and every note.</summary>
public sealed record RecognizedReport(AnnualReport Report, CoreEdition Edition, IReadOnlyList<ImportNote> Notes);

/// <summary>
/// Turns a <see cref="SourceDocument"/> into a contract <see cref="AnnualReport"/>: title, agency
/// and year; the catalogue header; the edition; the sections' text; tables 二, 三 and 四 through
/// <see cref="TableReader"/>; the 落款. What it cannot find it leaves out and notes.
/// </summary>
public static class ReportRecognizer
{
    // Sections of the 2019/2021 formats that carry text, by their index in NationalLayout.SectionHeadings.
    private const int Overview = 0, ActiveDisclosure = 1, Applications = 2, ReviewLitigation = 3, Problems = 4, OtherMatters = 5;

    public static RecognizedReport Recognize(SourceDocument document, CoreEdition requested, ReadingContext context, string fileName = "")
    {
        var budget = context.Budget;
        var notes = new List<ImportNote>(document.Notes ?? []);
        var report = new AnnualReport();
        var blocks = document.Blocks;
        var paragraphs = blocks.Select((b, i) => (Block: b as Paragraph, Index: i)).Where(p => p.Block is not null)
            .Select(p => (p.Block!.Text, p.Block.Where, p.Index)).ToList();
        var texts = paragraphs.Select(p => p.Text).ToList();

        var national = Headings.FindNational(texts, 0);
        var isNational = national.Count(i => i >= 0) >= 3 || blocks.OfType<TableBlock>().Any(IsNationalTable);
        var numbered = isNational ? [] : Headings.FindNumbered(texts, 0);
        var firstHeading = isNational ? national.Where(i => i >= 0).DefaultIfEmpty(texts.Count).Min() : numbered.DefaultIfEmpty(texts.Count).First();
        if (!isNational && numbered.Count == 0)
            throw new ImportException("no report found: neither the national format's section headings or tables nor numbered sections (一、 二、 …)");

        // Title, agency, year.
        // A centred title often breaks over two lines ("洪泽区人民政府" / "2023年政府信息公开工作年度报告").
        var titles = Enumerable.Range(0, firstHeading)
            .Select(i => TitleLine.Read(texts[i]) is { } one ? (Index: i, Match: one)
                : i + 1 < firstHeading && TitleLine.IsSplit(texts[i], texts[i + 1]) && TitleLine.Read(texts[i] + texts[i + 1]) is { } two ? (Index: i + 1, Match: two)
                : (Index: i, Match: (TitleLine.Match?)null))
            .Where(t => t.Match is not null).ToList();
        // The title is the match nearest the report (navigation above it lists other years' reports),
        // a whole line before one joined from two.
        var title = titles.LastOrDefault(t => TitleLine.Read(texts[t.Index]) is not null).Match
            ?? titles.LastOrDefault().Match ?? TitleLine.Read(document.Title);
        var preambleStart = titles.Count > 0 ? titles[^1].Index + 1 : 0;
        budget.Check();

        // CMSs set the catalogue header as lines or as a small table above the report.
        var beforeReport = firstHeading < paragraphs.Count ? paragraphs[firstHeading].Index : blocks.Count;
        var (meta, publisher) = CatalogueHeader.Read(texts.Take(firstHeading).Concat(TableLines(blocks.Take(beforeReport))));
        if (meta is not null) report.Meta = meta;

        if (title is not null)
        {
            report.Year = title.Year;
        }
        else if (texts.Select(TitleLine.YearMentioned).FirstOrDefault(y => y > 0) is var mentioned and > 0)
        {
            report.Year = mentioned;
            notes.Add(new("year", $"{mentioned}年", "the text", "no title line; the year is the one the text names for the report"));
        }
        else if (texts.Take(firstHeading + 1).Select(TitleLine.PeriodYear).FirstOrDefault(y => y > 0) is var period and > 0)
        {
            report.Year = period;
            notes.Add(new("year", $"{period}年1月1日", "the preamble", "no title line; the year is the one the preamble's 统计期限 starts in"));
        }
        else if (TitleLine.FileYear(fileName) is var fromName and > 0)
        {
            report.Year = fromName;
            notes.Add(new("year", Path.GetFileName(fileName), "the file name", "no title line and no year named in the text; the year is the one in the file name"));
        }
        else
        {
            notes.Add(new("year", "", "the document", "no title line and no year named for the report; the year is left out"));
        }

        if (title is { Agency.Length: > 0 })
        {
            report.Agency = title.Agency;
        }
        else if (publisher.Length > 0)
        {
            report.Agency = publisher;
            notes.Add(new("agency", publisher, "the catalogue header", "no title line; the agency is the header's 发布机构"));
        }
        else if (Signer(texts, firstHeading) is { } signer)
        {
            report.Agency = signer;
            notes.Add(new("agency", signer, "the 落款", "no title line or 发布机构; the agency is the body that signs the report"));
        }
        else if (AgencyMention.Find(string.Join("\n", texts)) is { } mention)
        {
            report.Agency = mention;
            notes.Add(new("agency", mention, "the text", "no title line or 发布机构; the agency is the body the text names most"));
        }
        else
        {
            notes.Add(new("agency", "", "the document", "no title line, 发布机构 or body named; the agency is left out"));
        }
        if (title is not null && title.Text != $"{title.Agency}{title.Year}年政府信息公开工作年度报告" && !title.Text.StartsWith("标题", StringComparison.Ordinal))
            report.Title = title.Text;

        // Where the report's text ends: the 落款, or the page's chrome after the last heading.
        var lastHeading = isNational ? national.Max() : numbered[^1];
        var end = texts.Count;
        for (var i = lastHeading + 1; i < texts.Count; i++)
        {
            if (SignatureLine.ReadDate(texts[i]) is { } date)
            {
                report.SignedOn = date;
                end = i;
                if (i - 1 > lastHeading && SignatureLine.IsSigner(texts[i - 1]))
                {
                    report.SignedBy = texts[i - 1].Trim();
                    end = i - 1;
                }
                else if (report.Agency.Length > 0)
                {
                    report.SignedBy = report.Agency;
                    notes.Add(new("signed_by", "", paragraphs[i].Where, "the 落款 prints only the date; signed_by is the agency"));
                }
                break;
            }
            if (PageChrome.IsChrome(texts[i]))
            {
                end = i;
                break;
            }
        }

        var preamble = Body(texts, preambleStart, firstHeading, skipHeader: true);
        if (preamble.Length > 0) report.Preamble = new RichText { Text = preamble };

        var edition = requested;
        if (isNational)
        {
            var starts = national.Select(i => i < 0 ? -1 : paragraphs[i].Index).ToArray();
            var activeCells = CellsOfSection(blocks, starts, ActiveDisclosure);
            edition = ChooseEdition(requested, report.Year, activeCells, notes);
            if (edition != EditionResolver.Resolve(new() { Year = report.Year }))
                report.Edition = (Edition)(int)edition;

            SetText(national, Overview, v => report.Overview = v);
            SetText(national, Problems, v => report.Problems = v);
            SetText(national, OtherMatters, v => report.OtherMatters = v);

            ReadTable(NationalLayout.ActiveDisclosure(edition), activeCells);
            ReadTable(NationalLayout.Applications(edition), CellsOfSection(blocks, starts, Applications));
            ReadTable(NationalLayout.ReviewLitigation(), CellsOfSection(blocks, starts, ReviewLitigation));
        }
        else
        {
            edition = requested == CoreEdition.Unspecified ? CoreEdition.Legacy2008 : requested;
            if (report.Year is >= 2019 && edition == CoreEdition.Legacy2008)
            {
                report.Edition = Edition.Legacy2008;
                notes.Add(new("edition", "", "the document", $"a {report.Year} report without the national tables or headings; read as LEGACY_2008"));
            }
            for (var k = 0; k < numbered.Count; k++)
            {
                var stop = k + 1 < numbered.Count ? numbered[k + 1] : end;
                report.Sections.Add(new Section
                {
                    Heading = texts[numbered[k]].Trim(),
                    Body = new RichText { Text = Body(texts, numbered[k] + 1, stop, skipHeader: false) },
                });
            }
        }
        return new RecognizedReport(report, edition, notes);

        void SetText(int[] found, int section, Action<RichText> set)
        {
            var path = section switch { Overview => "overview", Problems => "problems", _ => "other_matters" };
            if (found[section] < 0)
            {
                notes.Add(new(path, "", "the document", $"heading {NationalLayout.SectionHeadings[section]} not found; the section is left out"));
                return;
            }
            var next = found.Where(i => i > found[section]).DefaultIfEmpty(end).Min();
            var text = Body(texts, found[section] + 1, Math.Min(next, end), skipHeader: false);
            if (text.Length > 0) set(new RichText { Text = text });
        }

        void ReadTable(TableLayout layout, IReadOnlyList<TableCell>? cells)
        {
            budget.Check();
            if (cells is null || cells.Count == 0)
            {
                // A note per figure, so every figure left out is named and counted as not read.
                foreach (var binding in layout.Bindings)
                    notes.Add(new(binding.Path, "", layout.Caption, "table not found; the field is left out"));
                return;
            }
            TableReader.Read(layout, cells, report, notes, budget);
            if (document.ReadByOcr) OcrFigures.Confirm(layout, edition, report, notes);
        }
    }

    private static CoreEdition ChooseEdition(CoreEdition requested, int year, IReadOnlyList<TableCell>? activeCells, List<ImportNote> notes)
    {
        if (requested is CoreEdition.Edition2019 or CoreEdition.Edition2021) return requested;
        var byYear = year >= 2021 ? CoreEdition.Edition2021 : CoreEdition.Edition2019;
        var byShape = activeCells is null ? null : EditionShape.Of(activeCells);
        if (byShape is { } shape && shape != byYear)
        {
            notes.Add(new("edition", "", "table 二", $"table 二 has the shape of {Name(shape)} though the year suggests {Name(byYear)}; read as {Name(shape)}"));
            return shape;
        }
        return byYear;
    }

    /// <summary>The body named on the line above the last 落款 date after the headings, or null.</summary>
    private static string? Signer(List<string> texts, int firstHeading)
    {
        for (var i = texts.Count - 1; i > firstHeading; i--)
        {
            if (SignatureLine.ReadDate(texts[i]) is null) continue;
            return SignatureLine.IsSigner(texts[i - 1]) ? texts[i - 1].Trim() : null;
        }
        return null;
    }

    private static string Name(CoreEdition edition) => edition == CoreEdition.Edition2019 ? "EDITION_2019" : "EDITION_2021";

    /// <summary>The cells of the tables between section heading <paramref name="section"/> and the next one found.</summary>
    private static List<TableCell>? CellsOfSection(IReadOnlyList<SourceBlock> blocks, int[] starts, int section)
    {
        if (starts[section] < 0) return null;
        var stop = starts.Where(s => s > starts[section]).DefaultIfEmpty(blocks.Count).Min();
        return blocks.Skip(starts[section] + 1).Take(stop - starts[section] - 1).OfType<TableBlock>().SelectMany(t => t.Cells).ToList();
    }

    private static bool IsNationalTable(TableBlock table) =>
        table.Cells.Any(c => LabelText.Matches(c.Text, ApplicantColumns.ApplicantsHeader) || LabelText.Matches(c.Text, ApplicationRows.NewReceived.Label));

    /// <summary>The rows of tables as lines, cells joined by a space ("索引号： 1137… 文号： 无文号").</summary>
    private static IEnumerable<string> TableLines(IEnumerable<SourceBlock> blocks)
    {
        foreach (var table in blocks.OfType<TableBlock>())
        {
            var line = new List<string>();
            foreach (var cell in table.Cells)
            {
                if (cell.StartsRow && line.Count > 0)
                {
                    yield return string.Join(" ", line);
                    line.Clear();
                }
                line.Add(cell.Text);
            }
            if (line.Count > 0) yield return string.Join(" ", line);
        }
    }

    /// <summary>Paragraphs [from, to) as a narrative's text, one paragraph a line; page chrome left out.</summary>
    private static string Body(List<string> texts, int from, int to, bool skipHeader)
    {
        var lines = new List<string>();
        for (var i = Math.Max(from, 0); i < to && i < texts.Count; i++)
        {
            var line = texts[i].Trim();
            if (line.Length == 0 || PageChrome.IsChrome(line) || (skipHeader && (CatalogueHeader.IsHeaderLine(line) || TitleLine.Read(line) is not null))) continue;
            lines.Add(line);
        }
        return string.Join("\n", lines);
    }
}

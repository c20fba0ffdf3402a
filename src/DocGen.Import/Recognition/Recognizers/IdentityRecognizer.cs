using DocGen.Import.Document;

namespace DocGen.Import.Recognition.Recognizers;

/// <summary>
/// The report's agency and year, its title and catalogue header: from the title line in either
/// order, else the title the file is named after, the header's 发布机构, the 落款's signer, the body the text names most, the year the
/// text names, the preamble's 统计期限 or the file name — each fallback noted with where it came from.
/// </summary>
public static class IdentityRecognizer
{
    public static void Read(RecognitionContext context)
    {
        var texts = context.Texts;
        var firstHeading = context.FirstHeading;
        var report = context.Report;

        // A centred title often breaks over two lines ("洪泽区人民政府" / "2023年政府信息公开工作年度报告").
        var titles = Enumerable.Range(0, firstHeading)
            .Select(i => TitleLine.Read(texts[i]) is { } one ? (Index: i, Match: one)
                : i + 1 < firstHeading && TitleLine.IsSplit(texts[i], texts[i + 1]) && TitleLine.Read(texts[i] + texts[i + 1]) is { } two ? (Index: i + 1, Match: two)
                : (Index: i, Match: (TitleLine.Match?)null))
            .Where(t => t.Match is not null).ToList();
        // The title is the match nearest the report (navigation above it lists other years' reports),
        // a whole line before one joined from two.
        var title = titles.LastOrDefault(t => TitleLine.Read(texts[t.Index]) is not null).Match
            ?? titles.LastOrDefault().Match ?? TitleLine.Read(context.Document.Title);
        context.PreambleStart = titles.Count > 0 ? titles[^1].Index + 1 : 0;
        context.Budget.Check();

        // CMSs set the catalogue header as lines or as a small table above the report.
        var beforeReport = firstHeading < context.Paragraphs.Count ? context.Paragraphs[firstHeading].Index : context.Blocks.Count;
        var (meta, publisher) = CatalogueHeader.Read(texts.Take(firstHeading).Concat(TableLines(context.Blocks.Take(beforeReport))));
        if (meta is not null) report.Meta = meta;

        // Archives and crawlers name a saved page after its title; a capture that lost its title keeps it there.
        var fileTitle = title is null ? TitleLine.FromFileName(context.FileName) : null;
        if (fileTitle is not null)
            context.Note("agency", System.IO.Path.GetFileName(context.FileName), "the file name",
                $"no title line; agency and year are the ones the file name's title names ({fileTitle.Agency}, {fileTitle.Year}年)");
        ReadYear(context, title ?? fileTitle);
        ReadAgency(context, title ?? fileTitle, publisher);
        if (title is not null && title.Text != $"{title.Agency}{title.Year}年政府信息公开工作年度报告" && !title.Text.StartsWith("标题", StringComparison.Ordinal))
            report.Title = title.Text;
    }

    private static void ReadYear(RecognitionContext context, TitleLine.Match? title)
    {
        var texts = context.Texts;
        var report = context.Report;
        if (title is not null)
        {
            report.Year = title.Year;
        }
        else if (texts.Select(TitleLine.YearMentioned).FirstOrDefault(y => y > 0) is var mentioned and > 0)
        {
            report.Year = mentioned;
            context.Note("year", $"{mentioned}年", "the text", "no title line; the year is the one the text names for the report");
        }
        else if (texts.Take(context.FirstHeading + 1).Select(TitleLine.PeriodYear).FirstOrDefault(y => y > 0) is var period and > 0)
        {
            report.Year = period;
            context.Note("year", $"{period}年1月1日", "the preamble", "no title line; the year is the one the preamble's 统计期限 starts in");
        }
        else if (TitleLine.FileYear(context.FileName) is var fromName and > 0)
        {
            report.Year = fromName;
            context.Note("year", Path.GetFileName(context.FileName), "the file name", "no title line and no year named in the text; the year is the one in the file name");
        }
        else
        {
            context.Note("year", "", "the document", "no title line and no year named for the report; the year is left out");
        }
    }

    private static void ReadAgency(RecognitionContext context, TitleLine.Match? title, string publisher)
    {
        var report = context.Report;
        if (title is { Agency.Length: > 0 } && Signer(context.Texts, context.FirstHeading) is { } whole
            && whole.Length > title.Agency.Length && whole.EndsWith(title.Agency, StringComparison.Ordinal))
        {
            // The title names the body by the end of its name ("2021年区集体经济发展服务署…"); the 落款 names it whole.
            report.Agency = whole;
            context.Note("agency", title.Agency, "the 落款", $"the title names «{title.Agency}»; the 落款 names the body whole");
        }
        else if (title is { Agency.Length: > 0 })
        {
            report.Agency = title.Agency;
            if (context.Document.ReadByOcr && OcrAgency.AsTheTextNamesIt(title.Agency, context.Texts.Skip(context.PreambleStart)) is { } named)
            {
                report.Agency = named;
                context.Note("agency", title.Agency, "the text", $"OCR read the title's agency as «{title.Agency}», which the text never names again; it names «{named}» (one character apart) at least twice, so the agency is that");
            }
        }
        else if (publisher.Length > 0)
        {
            report.Agency = publisher;
            context.Note("agency", publisher, "the catalogue header", "no title line; the agency is the header's 发布机构");
        }
        else if (Signer(context.Texts, context.FirstHeading) is { } signer)
        {
            report.Agency = signer;
            context.Note("agency", signer, "the 落款", "no title line or 发布机构; the agency is the body that signs the report");
        }
        else if (AgencyMention.Find(string.Join("\n", context.Texts)) is { } mention)
        {
            report.Agency = mention;
            context.Note("agency", mention, "the text", "no title line or 发布机构; the agency is the body the text names most");
        }
        else
        {
            context.Note("agency", "", "the document", "no title line, 发布机构 or body named; the agency is left out");
        }
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
}

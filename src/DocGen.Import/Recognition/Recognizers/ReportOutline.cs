using DocGen.Core.Layout;
using DocGen.Import.Document;

namespace DocGen.Import.Recognition.Recognizers;

/// <summary>
/// Where the report's sections are: the six national headings (or a national table), else a
/// LEGACY report's own 一、 二、 … in sequence. Refuses a document with neither.
/// </summary>
public static class ReportOutline
{
    public static void Find(RecognitionContext context)
    {
        var texts = context.Texts;
        var national = Headings.FindNational(texts, 0);
        context.National = national;
        context.IsNational = national.Count(i => i >= 0) >= 3 || context.Blocks.OfType<TableBlock>().Any(IsNationalTable);
        context.Numbered = context.IsNational ? [] : Headings.FindNumbered(texts, 0);
        if (!context.IsNational && context.Numbered.Count == 0)
            throw new ImportException("no report found: neither the national format's section headings or tables nor numbered sections (一、 二、 …)");
        context.FirstHeading = context.IsNational ? national.Where(i => i >= 0).DefaultIfEmpty(texts.Count).Min() : context.Numbered[0];
        context.LastHeading = context.IsNational ? national.Max() : context.Numbered[^1];
        context.End = texts.Count;
    }

    /// <summary>
    /// A capture cut short keeps only the first national headings (一、总体情况, 二、主动公开…). When
    /// the report is of 2019 or later and every numbered heading found is a national one, it is read
    /// in the national format its year has, noted, rather than as a LEGACY_2008 report.
    /// </summary>
    public static void Reconsider(RecognitionContext context)
    {
        if (context.IsNational)
        {
            AsLegacyBefore2019(context);
            return;
        }
        if (context.Report.Year < 2019) return;
        var found = context.National.Where(i => i >= 0).ToList();
        if (found.Count == 0 || !context.Numbered.All(found.Contains)) return;
        context.IsNational = true;
        context.FirstHeading = found.Min();
        context.LastHeading = found.Max();
        context.Note("edition", "", "the document",
            $"only {found.Count} of the six national headings found (the text may be cut short); read in the national format of {context.Report.Year}");
    }

    /// <summary>
    /// The national format begins with the reports of 2019: a report of an earlier year whose own
    /// headings merely resemble three national ones ("四、因政府信息公开申请行政复议、提起行政诉讼的情况")
    /// and that holds no national table is a LEGACY_2008 report, read by its numbered sections, noted.
    /// </summary>
    private static void AsLegacyBefore2019(RecognitionContext context)
    {
        if (context.Report.Year is <= 0 or >= 2019 || context.Blocks.OfType<TableBlock>().Any(IsNationalTable)) return;
        var numbered = Headings.FindNumbered(context.Texts, 0);
        if (numbered.Count == 0) return;
        context.IsNational = false;
        context.Numbered = numbered;
        context.FirstHeading = numbered[0];
        context.LastHeading = numbered[^1];
        context.Note("edition", "", "the document",
            $"a report of {context.Report.Year}: its headings resemble the national format's, which begins with the reports of 2019, and it holds no national table; read as a LEGACY_2008 report");
    }

    private static bool IsNationalTable(TableBlock table) =>
        table.Cells.Any(c => LabelText.Matches(c.Text, ApplicantColumns.ApplicantsHeader) || LabelText.Matches(c.Text, ApplicationRows.NewReceived.Label));
}

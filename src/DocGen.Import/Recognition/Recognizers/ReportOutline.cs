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

    private static bool IsNationalTable(TableBlock table) =>
        table.Cells.Any(c => LabelText.Matches(c.Text, ApplicantColumns.ApplicantsHeader) || LabelText.Matches(c.Text, ApplicationRows.NewReceived.Label));
}

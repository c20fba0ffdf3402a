using DocGen.Core.Editions;
using DocGen.Core.Layout;
using DocGen.Import.Document;
using DocGen.Protos.V1;
using CoreEdition = DocGen.Core.Model.Edition;

namespace DocGen.Import.Recognition.Recognizers;

/// <summary>
/// A report in the national format (2019/2021): its edition (year and the shape of table 二), the
/// sections' text, and tables 二, 三 and 四 through <see cref="TableReader"/>.
/// </summary>
public static class NationalSections
{
    // Sections of the 2019/2021 formats, by their index in NationalLayout.SectionHeadings.
    private const int Overview = 0, ActiveDisclosure = 1, Applications = 2, ReviewLitigation = 3, Problems = 4, OtherMatters = 5;

    public static CoreEdition Read(RecognitionContext context, CoreEdition requested)
    {
        var report = context.Report;
        var national = context.National;
        var starts = national.Select(i => i < 0 ? -1 : context.Paragraphs[i].Index).ToArray();
        var activeCells = CellsOfSection(context.Blocks, starts, ActiveDisclosure);
        var edition = ChooseEdition(requested, report.Year, activeCells, context);
        if (edition != EditionResolver.Resolve(new() { Year = report.Year }))
            report.Edition = (Edition)(int)edition;

        SetText(context, Overview, v => report.Overview = v);
        SetText(context, Problems, v => report.Problems = v);
        SetText(context, OtherMatters, v => report.OtherMatters = v);

        // A capture that showed in one table that it prints every cell (EveryCellPrinted) lends that to its later tables.
        var printed = ReadTable(context, NationalLayout.ActiveDisclosure(edition), activeCells, edition, false);
        printed = ReadTable(context, NationalLayout.Applications(edition), CellsOfSection(context.Blocks, starts, Applications), edition, printed);
        ReadTable(context, NationalLayout.ReviewLitigation(), CellsOfSection(context.Blocks, starts, ReviewLitigation), edition, printed);
        return edition;
    }

    private static void SetText(RecognitionContext context, int section, Action<RichText> set)
    {
        var found = context.National;
        var path = section switch { Overview => "overview", Problems => "problems", _ => "other_matters" };
        if (found[section] < 0)
        {
            context.Note(path, "", "the document", $"heading {NationalLayout.SectionHeadings[section]} not found; the section is left out");
            return;
        }
        var next = found.Where(i => i > found[section]).DefaultIfEmpty(context.End).Min();
        var text = SectionText.Body(context.Texts, found[section] + 1, Math.Min(next, context.End), skipHeader: false);
        if (text.Length > 0) set(new RichText { Text = text });
    }

    private static bool ReadTable(RecognitionContext context, TableLayout layout, IReadOnlyList<TableCell>? cells, CoreEdition edition, bool printedBefore)
    {
        context.Budget.Check();
        if (cells is null || cells.Count == 0)
        {
            // A note per figure, so every figure left out is named and counted as not read.
            foreach (var binding in layout.Bindings)
                context.Note(binding.Path, "", layout.Caption, "table not found; the field is left out");
            return printedBefore;
        }
        var printed = TableReader.Read(layout, cells, context.Report, context.Notes, context.Budget, printedBefore);
        if (context.Document.ReadByOcr) OcrFigures.Confirm(layout, edition, context.Report, context.Notes);
        return printedBefore || printed;
    }

    private static CoreEdition ChooseEdition(CoreEdition requested, int year, IReadOnlyList<TableCell>? activeCells, RecognitionContext context)
    {
        if (requested is CoreEdition.Edition2019 or CoreEdition.Edition2021) return requested;
        var byYear = year >= 2021 ? CoreEdition.Edition2021 : CoreEdition.Edition2019;
        var byShape = activeCells is null ? null : EditionShape.Of(activeCells);
        if (byShape is { } shape && shape != byYear)
        {
            context.Note("edition", "", "table 二", $"table 二 has the shape of {Name(shape)} though the year suggests {Name(byYear)}; read as {Name(shape)}");
            return shape;
        }
        return byYear;
    }

    private static string Name(CoreEdition edition) => edition == CoreEdition.Edition2019 ? "EDITION_2019" : "EDITION_2021";

    /// <summary>The cells of the tables between section heading <paramref name="section"/> and the next one found.</summary>
    private static List<TableCell>? CellsOfSection(IReadOnlyList<SourceBlock> blocks, int[] starts, int section)
    {
        if (starts[section] < 0) return null;
        var stop = starts.Where(s => s > starts[section]).DefaultIfEmpty(blocks.Count).Min();
        return blocks.Skip(starts[section] + 1).Take(stop - starts[section] - 1).OfType<TableBlock>().SelectMany(t => t.Cells).ToList();
    }
}

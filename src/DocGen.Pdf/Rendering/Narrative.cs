using DocGen.Core.Model;

namespace DocGen.Pdf.Rendering;

/// <summary>A stretch of narrative text: bold or a link (text with its URL) or plain.</summary>
internal sealed record NarrativeRun(string Text, bool Bold = false, string? Href = null);

/// <summary>The narrative shapes the PDF draws: paragraphs, lists and simple tables.</summary>
internal abstract record NarrativeBlock;

internal sealed record NarrativeParagraph(IReadOnlyList<NarrativeRun> Runs) : NarrativeBlock;

internal sealed record NarrativeList(bool Ordered, IReadOnlyList<IReadOnlyList<NarrativeRun>> Items) : NarrativeBlock;

internal sealed record NarrativeTableCell(IReadOnlyList<NarrativeRun> Runs, bool IsHeader);

internal sealed record NarrativeTable(IReadOnlyList<IReadOnlyList<NarrativeTableCell>> Rows) : NarrativeBlock;

/// <summary>Reads caller narrative into blocks. Plain text: one paragraph per non-blank line.</summary>
internal static class NarrativeReader
{
    public static IReadOnlyList<NarrativeBlock> Read(DocGen.Core.Model.RichText? text)
    {
        if (text is null || text.IsBlank) return [];
        if (text.IsHtml) return HtmlNarrative.Read(text.Html);
        return text.Text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Select(line => (NarrativeBlock)new NarrativeParagraph([new NarrativeRun(line)]))
            .ToList();
    }
}

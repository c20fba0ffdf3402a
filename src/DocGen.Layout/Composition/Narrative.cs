using DocGen.RichText;
using CoreRichText = DocGen.Core.Model.RichText;

namespace DocGen.Layout.Composition;

/// <summary>A stretch of narrative text: bold or a link (text with its URL) or plain.</summary>
internal sealed record NarrativeRun(string Text, bool Bold = false, string? Href = null);

/// <summary>The narrative shapes the PDF draws: paragraphs, lists and simple tables.</summary>
internal abstract record NarrativeBlock;

internal sealed record NarrativeParagraph(IReadOnlyList<NarrativeRun> Runs) : NarrativeBlock;

internal sealed record NarrativeList(bool Ordered, IReadOnlyList<IReadOnlyList<NarrativeRun>> Items) : NarrativeBlock;

internal sealed record NarrativeTableCell(IReadOnlyList<NarrativeRun> Runs, bool IsHeader);

internal sealed record NarrativeTable(IReadOnlyList<IReadOnlyList<NarrativeTableCell>> Rows) : NarrativeBlock;

/// <summary>
/// Reads caller narrative through <see cref="RichTextParser"/> (plain text, or CMS HTML through its
/// allowlist), so the PDF draws exactly what the HTML shows. A &lt;br&gt; becomes a forced line break.
/// </summary>
internal static class NarrativeReader
{
    public static IReadOnlyList<NarrativeBlock> Read(CoreRichText? text, CancellationToken cancellationToken = default) =>
        RichTextParser.Parse(text, cancellationToken).Blocks.Where(b => !b.IsEmpty).Select(Convert).OfType<NarrativeBlock>().ToList();

    private static NarrativeBlock? Convert(Block block) => block switch
    {
        Paragraph p => new NarrativeParagraph(Runs(p.Inlines)),
        ListBlock l => new NarrativeList(l.Ordered, l.Items.Select(i => Runs(i.Inlines)).ToList()),
        TableBlock t => new NarrativeTable(t.Rows.Select(r =>
            (IReadOnlyList<NarrativeTableCell>)r.Cells.Select(c => new NarrativeTableCell(Runs(c.Inlines), c.IsHeader)).ToList()).ToList()),
        _ => null,
    };

    private static IReadOnlyList<NarrativeRun> Runs(IEnumerable<Inline> inlines) =>
        inlines.Select(i => i switch
        {
            Run r => new NarrativeRun(r.Text, r.Bold, r.Href),
            _ => new NarrativeRun("\n"),
        }).ToList();
}

namespace DocGen.RichText;

/// <summary>
/// Caller narrative reduced to paragraphs, lists and simple tables of styled runs. It cannot hold
/// markup, attributes or URLs outside the allowlist, so output rebuilt from it with escaping is
/// safe by construction.
/// </summary>
public sealed record RichDocument(IReadOnlyList<Block> Blocks)
{
    public static readonly RichDocument Empty = new([]);

    public bool IsEmpty => Blocks.All(b => b.IsEmpty);

    /// <summary>All text, blocks separated by newlines: for tests, search and logs.</summary>
    public string PlainText => string.Join("\n", Blocks.Select(PlainTextOf));

    private static string PlainTextOf(Block block) => block switch
    {
        Paragraph p => TextOf(p.Inlines),
        ListBlock l => string.Join("\n", l.Items.Select(i => TextOf(i.Inlines))),
        TableBlock t => string.Join("\n", t.Rows.Select(r => string.Join("\t", r.Cells.Select(c => TextOf(c.Inlines))))),
        _ => "",
    };

    private static string TextOf(IEnumerable<Inline> inlines) =>
        string.Concat(inlines.Select(i => i is Run r ? r.Text : "\n"));
}

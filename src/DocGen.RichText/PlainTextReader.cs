namespace DocGen.RichText;

/// <summary>Plain narrative: every non-blank line is a paragraph (blank and single newlines both separate).</summary>
internal static class PlainTextReader
{
    public static RichDocument Read(string text)
    {
        var blocks = new List<Block>();
        foreach (var line in text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var inlines = new InlineBuilder();
            // Full-width indents (　　) are how Chinese text marks paragraphs; the renderers indent by style.
            inlines.AddText(line.Trim(), InlineStyle.Plain);
            if (!inlines.IsEmpty) blocks.Add(new Paragraph(inlines.Build()));
        }
        return new RichDocument(blocks);
    }
}

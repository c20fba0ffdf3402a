using HtmlAgilityPack;

namespace DocGen.RichText;

/// <summary>
/// Reads CMS editor HTML into a <see cref="RichDocument"/>, keeping only what the allowlist
/// admits. Nothing of the input is copied through as markup: text becomes runs, a few elements
/// become blocks or styles, everything else is unwrapped to its text or dropped with its content.
/// </summary>
internal sealed partial class HtmlNarrativeReader
{
    /// <summary>
    /// Deeper than this, an element's text is gathered without recursion and without structure:
    /// real editor output is a few levels deep, a nesting bomb is thousands.
    /// </summary>
    internal const int MaxDepth = 32;

    /// <summary>Elements removed with everything inside them.</summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "param",
        "form", "input", "button", "select", "option", "optgroup", "textarea", "datalist",
        "noscript", "noembed", "noframes", "template", "svg", "math", "canvas", "img", "picture",
        "video", "audio", "source", "track", "map", "area", "head", "title", "meta", "link", "base",
    };

    /// <summary>Elements that end the current paragraph (unwrapped, but not run together with their neighbours).</summary>
    private static readonly HashSet<string> BlockContainers = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "aside", "header", "footer", "main", "nav", "blockquote", "pre", "address", "center", "figure", "figcaption",
        "dl", "dt", "dd", "hr", "caption", "details", "summary", "body", "html",
    };

    private readonly List<Block> _blocks = [];
    private readonly CancellationToken _cancellationToken;
    private InlineBuilder _paragraph = new();

    private HtmlNarrativeReader(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    /// <summary>
    /// The allowlisted document; html nested deeper than <see cref="RichTextParser.MaxHtmlDepth"/>
    /// is not parsed (that would take time growing with the square of its depth) and gives its text only.
    /// </summary>
    public static RichDocument Read(string html, CancellationToken cancellationToken)
    {
        if (HtmlShape.Of(html).Depth > RichTextParser.MaxHtmlDepth)
            return PlainTextReader.Read(HtmlEntity.DeEntitize(Tag().Replace(html, " ")) ?? "");
        var document = new HtmlDocument();
        document.LoadHtml(html);
        cancellationToken.ThrowIfCancellationRequested();
        var reader = new HtmlNarrativeReader(cancellationToken);
        reader.WalkChildren(document.DocumentNode, InlineStyle.Plain, 0, inlineOnly: null);
        reader.EndParagraph();
        return new RichDocument(reader._blocks);
    }

    // One tag, stopping at the next "<", so removing every tag is one linear pass.
    [System.Text.RegularExpressions.GeneratedRegex("<[^<>]*>")]
    private static partial System.Text.RegularExpressions.Regex Tag();

    /// <summary>
    /// Walks <paramref name="node"/>'s children. With <paramref name="inlineOnly"/> null, blocks go
    /// to the document; otherwise (inside a list item or table cell) everything goes into that
    /// builder, block edges becoming line breaks.
    /// </summary>
    private void WalkChildren(HtmlNode node, InlineStyle style, int depth, InlineBuilder? inlineOnly)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    (inlineOnly ?? _paragraph).AddText(DecodedText(child), style);
                    break;
                case HtmlNodeType.Element:
                    WalkElement(child, style, depth + 1, inlineOnly);
                    break;
            }
        }
    }

    private void WalkElement(HtmlNode element, InlineStyle style, int depth, InlineBuilder? inlineOnly)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var name = element.Name;
        if (Dropped.Contains(name)) return;
        var inlines = inlineOnly ?? _paragraph;
        if (depth > MaxDepth)
        {
            inlines.AddText(FlatText(element), style);
            return;
        }
        switch (name.ToLowerInvariant())
        {
            case "br":
                inlines.AddBreak();
                break;
            case "b" or "strong":
                WalkChildren(element, style with { Bold = true }, depth, inlineOnly);
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                // Headings inside narrative would compete with the report's own; they stay as bold paragraphs.
                BlockEdge(inlineOnly);
                WalkChildren(element, style with { Bold = true }, depth, inlineOnly);
                BlockEdge(inlineOnly);
                break;
            case "i" or "em":
                WalkChildren(element, style with { Italic = true }, depth, inlineOnly);
                break;
            case "u":
                WalkChildren(element, style with { Underline = true }, depth, inlineOnly);
                break;
            case "a":
                // A link inside a link keeps the outer target, as browsers do.
                var href = style.Href ?? LinkPolicy.Allowed(element.GetAttributeValue("href", null));
                WalkChildren(element, style with { Href = href }, depth, inlineOnly);
                break;
            case "ul" or "ol":
                if (inlineOnly is null) ReadList(element, name.Equals("ol", StringComparison.OrdinalIgnoreCase), style, depth);
                else ReadListInline(element, style, depth, inlineOnly);
                break;
            case "table":
                if (inlineOnly is null) ReadTable(element, style, depth);
                else ReadTableInline(element, style, depth, inlineOnly);
                break;
            case var _ when BlockContainers.Contains(name):
                BlockEdge(inlineOnly);
                WalkChildren(element, style, depth, inlineOnly);
                BlockEdge(inlineOnly);
                break;
            default:
                // Unknown or harmless inline elements (span, font, sup, …) give their text only.
                WalkChildren(element, style, depth, inlineOnly);
                break;
        }
    }

    private void BlockEdge(InlineBuilder? inlineOnly)
    {
        if (inlineOnly is null) EndParagraph();
        else inlineOnly.AddSoftBreak();
    }

    private void EndParagraph()
    {
        if (!_paragraph.IsEmpty) _blocks.Add(new Paragraph(_paragraph.Build()));
        _paragraph = new InlineBuilder();
    }

    private void ReadList(HtmlNode list, bool ordered, InlineStyle style, int depth)
    {
        EndParagraph();
        var items = new List<ListItem>();
        foreach (var child in list.ChildNodes)
        {
            var item = new InlineBuilder();
            if (child.NodeType == HtmlNodeType.Element && child.Name.Equals("li", StringComparison.OrdinalIgnoreCase))
                WalkChildren(child, style, depth + 1, item);
            else if (child.NodeType == HtmlNodeType.Element)
                WalkElement(child, style, depth + 1, item);
            else if (child.NodeType == HtmlNodeType.Text)
                item.AddText(DecodedText(child), style);
            if (!item.IsEmpty) items.Add(new ListItem(item.Build()));
        }
        if (items.Count > 0) _blocks.Add(new ListBlock(ordered, items));
    }

    private void ReadListInline(HtmlNode list, InlineStyle style, int depth, InlineBuilder into)
    {
        foreach (var child in list.ChildNodes.Where(c => c.NodeType == HtmlNodeType.Element))
        {
            into.AddSoftBreak();
            WalkChildren(child, style, depth + 1, into);
        }
        into.AddSoftBreak();
    }

    private void ReadTable(HtmlNode table, InlineStyle style, int depth)
    {
        EndParagraph();
        var caption = table.ChildNodes.FirstOrDefault(c => c.Name.Equals("caption", StringComparison.OrdinalIgnoreCase));
        if (caption is not null)
        {
            WalkChildren(caption, style, depth + 1, null);
            EndParagraph();
        }
        var rows = new List<TableRow>();
        foreach (var tr in RowsOf(table))
        {
            var cells = new List<TableCell>();
            foreach (var cell in tr.ChildNodes.Where(IsCell))
            {
                var inlines = new InlineBuilder();
                WalkChildren(cell, style, depth + 2, inlines);
                cells.Add(new TableCell(inlines.Build(), cell.Name.Equals("th", StringComparison.OrdinalIgnoreCase)));
            }
            if (cells.Count > 0) rows.Add(new TableRow(cells));
        }
        var block = new TableBlock(rows);
        if (!block.IsEmpty) _blocks.Add(block);
    }

    private void ReadTableInline(HtmlNode table, InlineStyle style, int depth, InlineBuilder into)
    {
        foreach (var tr in RowsOf(table))
        {
            into.AddSoftBreak();
            foreach (var cell in tr.ChildNodes.Where(IsCell))
            {
                WalkChildren(cell, style, depth + 2, into);
                into.AddText(" ", style);
            }
        }
        into.AddSoftBreak();
    }

    /// <summary>The table's own rows, directly or inside thead/tbody/tfoot, not those of nested tables.</summary>
    private static IEnumerable<HtmlNode> RowsOf(HtmlNode table)
    {
        foreach (var child in table.ChildNodes.Where(c => c.NodeType == HtmlNodeType.Element))
        {
            switch (child.Name.ToLowerInvariant())
            {
                case "tr":
                    yield return child;
                    break;
                case "thead" or "tbody" or "tfoot":
                    foreach (var tr in child.ChildNodes.Where(c => c.Name.Equals("tr", StringComparison.OrdinalIgnoreCase)))
                        yield return tr;
                    break;
            }
        }
    }

    private static bool IsCell(HtmlNode node) =>
        node.NodeType == HtmlNodeType.Element &&
        (node.Name.Equals("td", StringComparison.OrdinalIgnoreCase) || node.Name.Equals("th", StringComparison.OrdinalIgnoreCase));

    /// <summary>The text under a too-deep element, gathered with an explicit stack (no recursion to overflow).</summary>
    private static string FlatText(HtmlNode root)
    {
        var text = new System.Text.StringBuilder();
        var pending = new Stack<HtmlNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node.NodeType == HtmlNodeType.Text)
            {
                text.Append(DecodedText(node)).Append(' ');
                continue;
            }
            if (node.NodeType != HtmlNodeType.Element || Dropped.Contains(node.Name)) continue;
            for (var i = node.ChildNodes.Count - 1; i >= 0; i--) pending.Push(node.ChildNodes[i]);
        }
        return text.ToString();
    }

    private static string DecodedText(HtmlNode textNode) =>
        HtmlEntity.DeEntitize(((HtmlTextNode)textNode).Text) ?? "";
}

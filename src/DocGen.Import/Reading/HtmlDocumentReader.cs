using System.Text;
using DocGen.Import.Document;
using HtmlAgilityPack;

namespace DocGen.Import.Reading;

/// <summary>
/// A report page as a CMS serves it → paragraphs and table cells in reading order. Block
/// elements and &lt;br&gt; end a paragraph; text inside a cell is joined whatever Word wrapped it
/// in (nested span/font, labels split over &lt;p&gt;s); scripts, styles and forms are dropped.
/// </summary>
public static class HtmlDocumentReader
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "noscript", "template", "iframe", "svg", "select", "button", "textarea", "object", "head", "math", "canvas", "video", "audio" };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "header", "footer", "nav",
        "blockquote", "pre", "dl", "dd", "main", "aside", "form", "center", "hr", "address", "figure", "figcaption", "caption", "tr", "td", "th", "table",
    };

    public static SourceDocument Read(string html, ReadingContext context)
    {
        CheckElements(html, context.Budget);
        var document = new HtmlDocument { OptionMaxNestedChildNodes = ImportLimits.MaxHtmlDepth };
        try
        {
            document.LoadHtml(html);
        }
        // HtmlAgilityPack stops at OptionMaxNestedChildNodes with a plain Exception.
        catch (Exception e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            throw new ImportException($"HTML nests elements deeper than {ImportLimits.MaxHtmlDepth} levels");
        }
        var walker = new Walker(context.Budget);
        var title = document.DocumentNode.SelectSingleNode("//title")?.InnerText is { } t ? Clean(HtmlEntity.DeEntitize(t)) : "";
        walker.Walk(document.DocumentNode, 0);
        walker.Flush();
        // A <title> is usually "report title_site name".
        return new SourceDocument(walker.Blocks, title.Split('_', '|', '－')[0].Trim());
    }

    /// <summary>
    /// Counts opening tags in the text before HtmlAgilityPack builds its tree: the tree costs about
    /// a kilobyte a node, so a page of 3.5 MB of unclosed &lt;td&gt; would take most of a gigabyte
    /// before a limit checked while walking it could refuse it.
    /// </summary>
    private static void CheckElements(string html, ImportBudget budget)
    {
        var elements = 0;
        for (var at = html.IndexOf('<'); at >= 0 && at + 1 < html.Length; at = html.IndexOf('<', at + 1))
        {
            if (!char.IsAsciiLetter(html[at + 1])) continue;
            if (++elements > ImportLimits.MaxHtmlElements)
                throw new ImportException($"HTML has more than {ImportLimits.MaxHtmlElements:N0} elements");
            if ((elements & 1023) == 0) budget.Check();
        }
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u3000')
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString().Trim();
    }

    private sealed class Walker(ImportBudget budget)
    {
        private readonly StringBuilder _line = new();
        private int _lineNumber;
        private int _nodes;
        private int _tables;

        public List<SourceBlock> Blocks { get; } = [];

        public void Walk(HtmlNode node, int depth)
        {
            if (++_nodes > ImportLimits.MaxHtmlNodes)
                throw new ImportException($"HTML has more than {ImportLimits.MaxHtmlNodes:N0} nodes");
            budget.Check();
            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    if (_line.Length == 0) _lineNumber = node.Line;
                    _line.Append(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text));
                    return;
                case HtmlNodeType.Comment:
                    return;
            }
            var name = node.Name;
            if (Dropped.Contains(name) && node.NodeType == HtmlNodeType.Element) return;
            // A table holding tables lays the page out; its cells are blocks, not figures.
            if (name.Equals("table", StringComparison.OrdinalIgnoreCase) && !node.Descendants("table").Any())
            {
                Flush();
                ReadTable(node);
                return;
            }
            if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                Flush();
                return;
            }
            var block = BlockElements.Contains(name);
            if (block) Flush();
            foreach (var child in node.ChildNodes) Walk(child, depth + 1);
            if (name.Equals("dt", StringComparison.OrdinalIgnoreCase)) _line.Append('：');
            if (block) Flush();
        }

        public void Flush()
        {
            var text = Clean(_line.ToString());
            _line.Clear();
            if (text.Length == 0) return;
            budget.CountBlock();
            Blocks.Add(new Paragraph(text, $"line {_lineNumber}"));
        }

        private void ReadTable(HtmlNode table)
        {
            var number = ++_tables;
            var caption = table.Element("caption");
            if (caption is not null)
            {
                Walk(caption, 0);
                Flush();
            }
            var cells = new List<TableCell>();
            var rows = table.ChildNodes.Where(IsElement("tr"))
                .Concat(table.ChildNodes.Where(n => IsElement("thead")(n) || IsElement("tbody")(n) || IsElement("tfoot")(n)).SelectMany(s => s.ChildNodes.Where(IsElement("tr"))))
                .OrderBy(r => r.StreamPosition)
                .ToList();
            for (var r = 0; r < rows.Count; r++)
            {
                var column = 0;
                foreach (var cell in rows[r].ChildNodes.Where(n => IsElement("td")(n) || IsElement("th")(n)))
                {
                    if (++_nodes > ImportLimits.MaxHtmlNodes)
                        throw new ImportException($"HTML has more than {ImportLimits.MaxHtmlNodes:N0} nodes");
                    budget.CountBlock();
                    column++;
                    // Labels Word splits over <p>s and <br>s join back without a space; LabelText ignores spaces anyway.
                    var text = Clean(HtmlEntity.DeEntitize(cell.InnerText));
                    cells.Add(new TableCell(text, $"table {number}, row {r + 1}, cell {column} (line {cell.Line})", StartsRow: column == 1));
                }
            }
            if (cells.Count > 0) Blocks.Add(new TableBlock(cells, $"table {number} (line {table.Line})"));
        }

        private static Func<HtmlNode, bool> IsElement(string name) =>
            n => n.NodeType == HtmlNodeType.Element && n.Name.Equals(name, StringComparison.OrdinalIgnoreCase);
    }
}

using HtmlAgilityPack;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// Interim reader for CMS HTML until DocGen.RichText's parser lands: text only, one paragraph per
/// block element; scripts, styles and markup are dropped, never drawn.
/// </summary>
internal static class HtmlNarrative
{
    private static readonly HashSet<string> Blocks = ["p", "div", "li", "tr", "h1", "h2", "h3", "h4", "br"];

    public static IReadOnlyList<NarrativeBlock> Read(string html)
    {
        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        foreach (var node in doc.DocumentNode.Descendants().Where(n => n.Name is "script" or "style").ToList()) node.Remove();
        var text = new System.Text.StringBuilder();
        Walk(doc.DocumentNode, text);
        return text.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
            .Select(l => (NarrativeBlock)new NarrativeParagraph([new NarrativeRun(l)])).ToList();
    }

    private static void Walk(HtmlNode node, System.Text.StringBuilder text)
    {
        if (node.NodeType == HtmlNodeType.Text) text.Append(HtmlEntity.DeEntitize(node.InnerText));
        foreach (var child in node.ChildNodes) Walk(child, text);
        if (Blocks.Contains(node.Name)) text.Append('\n');
    }
}

namespace DocGen.RichText;

/// <summary>
/// How many elements an html string opens and how deep they nest, found in one linear pass and
/// before any parser sees it. The HTML parser's time grows with the square of the nesting depth
/// (8,000 nested elements: about a second), so depth must be known before parsing, not after.
/// </summary>
/// <remarks>
/// Counts as the parser reads: "&lt;" followed by any letter opens an element, including
/// non-ASCII names such as &lt;中&gt;. The figures are upper bounds of what the parser builds: tags
/// inside comments, scripts and attribute values are counted too, and a closing tag closes
/// the innermost open element of its name (the parser's implicit closes only lower the depth).
/// </remarks>
public readonly record struct HtmlShape(int Elements, int Depth)
{
    /// <summary>Elements that never hold content (the parser's empty elements), so never nest.</summary>
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
        "isindex", "keygen", "link", "meta", "param", "source", "spacer", "track", "wbr",
    };

    public static HtmlShape Of(string html)
    {
        var elements = 0;
        var maxDepth = 0;
        var open = new List<string>();
        // How many elements of each name are open, so a closing tag with no open match costs O(1).
        var openByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= html.Length || !char.IsLetter(html[nameStart])) continue;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && !IsNameEnd(html[nameEnd])) nameEnd++;
            var name = html[nameStart..nameEnd];
            if (closing)
            {
                Close(name, open, openByName);
                continue;
            }
            elements++;
            if (Void.Contains(name) || SelfClosed(html, nameEnd)) continue;
            open.Add(name);
            openByName[name] = openByName.GetValueOrDefault(name) + 1;
            maxDepth = Math.Max(maxDepth, open.Count);
        }
        return new HtmlShape(elements, maxDepth);
    }

    private static void Close(string name, List<string> open, Dictionary<string, int> openByName)
    {
        if (openByName.GetValueOrDefault(name) == 0) return; // nothing to close: ignored
        // Pops down to the innermost open element of that name; every element is popped at most once.
        while (open.Count > 0)
        {
            var top = open[^1];
            open.RemoveAt(open.Count - 1);
            openByName[top]--;
            if (string.Equals(top, name, StringComparison.OrdinalIgnoreCase)) return;
        }
    }

    private static bool IsNameEnd(char c) => c is '>' or '/' or '<' || char.IsWhiteSpace(c);

    // "<x/>" or "<x a='1' />": the tag ends in "/>". Looks no further than the next "<", so the
    // whole scan stays linear however many tags are left unfinished.
    private static bool SelfClosed(string html, int from)
    {
        var next = html.IndexOf('<', from);
        var end = html.IndexOf('>', from, (next < 0 ? html.Length : next) - from);
        return end > 0 && html[end - 1] == '/';
    }
}

namespace DocGen.RichText;

/// <summary>
/// How many elements an html string makes and how deep they nest (the deepest element's number
/// of ancestors, itself included), found in one linear pass and
/// before any parser sees it. The HTML parser's time grows with the square of the nesting depth
/// (8,000 nested elements: about a second), so depth must be known before parsing, not after.
/// </summary>
/// <remarks>
/// Counts as the parser reads: "&lt;" followed by any letter opens an element, including
/// non-ASCII names such as &lt;中&gt;. The figures are upper bounds of what the parser builds: tags
/// inside comments, scripts and attribute values are counted too, a closing tag closes only the
/// innermost open element (the parser's implicit closes only lower the depth), and one with
/// nothing to close counts as an element (the parser makes "&lt;/p&gt;" an empty p). So html whose
/// tags do not close in order counts deeper than a browser would nest it.
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
                if (Close(name, open, openByName)) continue;
                elements++;
                maxDepth = Math.Max(maxDepth, open.Count + 1);
                continue;
            }
            elements++;
            if (Void.Contains(name) || SelfClosed(html, nameEnd))
            {
                maxDepth = Math.Max(maxDepth, open.Count + 1); // an element with nothing inside
                continue;
            }
            open.Add(name);
            openByName[name] = openByName.GetValueOrDefault(name) + 1;
            maxDepth = Math.Max(maxDepth, open.Count);
        }
        return new HtmlShape(elements, maxDepth);
    }

    /// <summary>
    /// Closes the innermost open element when the tag names it. A closing tag for an element further
    /// out closes nothing here: the parser may already have closed that element implicitly (then
    /// it ignores the tag and keeps nesting), or be inside a script or textarea, where tags are text.
    /// Returns false when nothing of that name is open at all (the tag may become an empty element).
    /// </summary>
    private static bool Close(string name, List<string> open, Dictionary<string, int> openByName)
    {
        if (openByName.GetValueOrDefault(name) == 0) return false;
        if (string.Equals(open[^1], name, StringComparison.OrdinalIgnoreCase))
        {
            open.RemoveAt(open.Count - 1);
            openByName[name]--;
        }
        return true;
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

namespace DocGen.RichText;

/// <summary>Which link targets survive: absolute http, https and mailto URLs up to <see cref="MaxUrlLength"/>, nothing else.</summary>
internal static class LinkPolicy
{
    /// <summary>
    /// The longest URL kept as a link (what browsers and servers reliably accept). A longer one is
    /// no real link; the PDF would print it and repeat it in an annotation on every line it covers.
    /// </summary>
    public const int MaxUrlLength = 2_048;

    private static readonly HashSet<string> AllowedSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" };

    /// <summary>The URL to keep, or null to show the link's text as plain text.</summary>
    /// <remarks>
    /// An allowlist of parsed schemes rather than a blocklist of "javascript:": obfuscations such
    /// as "java&amp;#9;script:", "JaVaScRiPt:" or " data:" fail to parse as an allowed scheme.
    /// Relative URLs are refused too, since they would resolve against whatever site embeds the page.
    /// </remarks>
    public static string? Allowed(string? rawHref)
    {
        if (string.IsNullOrWhiteSpace(rawHref)) return null;
        if (rawHref.Length > MaxUrlLength * 10) return null; // entities shrink at most tenfold
        var href = HtmlAgilityPack.HtmlEntity.DeEntitize(rawHref).Trim();
        if (href.Length > MaxUrlLength) return null;
        if (href.Any(char.IsControl)) return null;
        if (!Uri.TryCreate(href, UriKind.Absolute, out var uri)) return null;
        if (!AllowedSchemes.Contains(uri.Scheme)) return null;
        // Uri accepts "http:evil" style strings on some inputs; require a host for web links.
        if (uri.Scheme != Uri.UriSchemeMailto && string.IsNullOrEmpty(uri.Host)) return null;
        return href;
    }
}

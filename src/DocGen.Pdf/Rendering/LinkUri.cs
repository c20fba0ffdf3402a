using System.Globalization;
using System.Text;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// A link's IRI written as the URI a PDF link annotation holds: its /URI is a 7-bit ASCII string
/// (PDF 32000-1 12.6.4.7), so a 中文 host or path came out as <c>https://??.??/</c>. Hosts become
/// punycode (IDNA, <see cref="IdnMapping"/>); everything else non-ASCII becomes percent-encoded UTF-8
/// (RFC 3987 3.1). ASCII URIs pass through unchanged.
/// </summary>
internal static class LinkUri
{
    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = false };

    public static string FromIri(string iri)
    {
        if (IsPlainAscii(iri)) return iri;
        var scheme = iri.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0)
        {
            var authorityStart = scheme + 3;
            var authorityEnd = iri.IndexOfAny(['/', '?', '#'], authorityStart);
            if (authorityEnd < 0) authorityEnd = iri.Length;
            return iri[..authorityStart] + Authority(iri[authorityStart..authorityEnd]) + PercentEncode(iri[authorityEnd..]);
        }
        if (iri.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && iri.LastIndexOf('@') is var at and > 7)
        {
            var domainEnd = iri.IndexOf('?', at);
            if (domainEnd < 0) domainEnd = iri.Length;
            return PercentEncode(iri[..(at + 1)]) + Host(iri[(at + 1)..domainEnd]) + PercentEncode(iri[domainEnd..]);
        }
        return PercentEncode(iri);
    }

    // userinfo@host:port: only the host is IDNA; a port is ASCII digits already.
    private static string Authority(string authority)
    {
        var at = authority.LastIndexOf('@');
        var userinfo = at >= 0 ? PercentEncode(authority[..(at + 1)]) : "";
        var hostPort = authority[(at + 1)..];
        var colon = hostPort.LastIndexOf(':');
        var (host, port) = colon >= 0 && !hostPort.EndsWith(']') ? (hostPort[..colon], hostPort[colon..]) : (hostPort, "");
        return userinfo + Host(host) + PercentEncode(port);
    }

    private static string Host(string host)
    {
        if (IsPlainAscii(host)) return host;
        try { return Idn.GetAscii(host); }
        catch (ArgumentException) { return PercentEncode(host); } // not a valid IDN: still ASCII, never '?'
    }

    private static string PercentEncode(string text)
    {
        var builder = new StringBuilder(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is > 0x20 and < 0x7F && rune.Value is not ('"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}'))
            {
                builder.Append((char)rune.Value);
                continue;
            }
            var length = rune.EncodeToUtf8(utf8);
            for (var i = 0; i < length; i++) builder.Append('%').Append(utf8[i].ToString("X2", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var ch in text)
            if (ch is <= ' ' or >= (char)0x7F) return false;
        return true;
    }
}

using System.Security.Cryptography;
using System.Text;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// PDFsharp 6.2 puts two random values in every file: the six-letter subset tag of each embedded
/// font (ABCDEF+Name) and the XMP DocumentID/InstanceID UUIDs, with no API to choose them. We
/// overwrite both in the saved bytes with values derived from the report, byte for byte the same
/// length, so the cross-reference offsets stay valid and the same request gives the same bytes.
/// Works in place on the saved buffer: a copy of a PDF is a large-object allocation per render.
/// </summary>
internal static class DeterministicOutput
{
    private static readonly byte[] FontName = "/FontName/"u8.ToArray();
    private static readonly byte[] BaseFont = "/BaseFont/"u8.ToArray();
    private static readonly byte[] XmpUuid = "uuid:"u8.ToArray();
    private const int TagLength = 6;
    private const int UuidLength = 36; // 8-4-4-4-12 hex digits

    public static void Stabilize(Span<byte> pdf, string seed)
    {
        // The same random tag names a font in its /BaseFont and its descriptor's /FontName: both get
        // the same replacement, numbered in order of first appearance, keyed by the font's name.
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var at in SubsetTags(pdf))
        {
            var random = Encoding.ASCII.GetString(pdf.Slice(at, TagLength));
            if (!tags.TryGetValue(random, out var tag))
            {
                tag = Tag($"{seed}|{FontNameAfter(pdf, at + TagLength + 1)}|{tags.Count}");
                tags[random] = tag;
            }
            Encoding.ASCII.GetBytes(tag, pdf.Slice(at, TagLength));
        }

        var n = 0;
        for (var from = 0; ;)
        {
            var at = pdf[from..].IndexOf(XmpUuid);
            if (at < 0) break;
            at += from + XmpUuid.Length;
            from = at;
            if (!IsUuid(pdf.Slice(at, Math.Min(UuidLength, pdf.Length - at)))) continue;
            Encoding.ASCII.GetBytes(Uuid($"{seed}|xmp|{n++}"), pdf.Slice(at, UuidLength));
        }
    }

    /// <summary>Offsets of the six capitals of every ABCDEF+ after /FontName/ or /BaseFont/, in file order.</summary>
    private static List<int> SubsetTags(ReadOnlySpan<byte> pdf)
    {
        var found = new List<int>();
        foreach (var key in (byte[][])[FontName, BaseFont])
        {
            for (var from = 0; ;)
            {
                var at = pdf[from..].IndexOf(key);
                if (at < 0) break;
                at += from + key.Length;
                from = at;
                if (at + TagLength < pdf.Length && pdf[at + TagLength] == (byte)'+' && IsCapitals(pdf.Slice(at, TagLength))) found.Add(at);
            }
        }
        found.Sort();
        return found;
    }

    private static string FontNameAfter(ReadOnlySpan<byte> pdf, int start)
    {
        var end = start;
        while (end < pdf.Length && pdf[end] is not ((byte)'/' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'(' or (byte)')') && !char.IsWhiteSpace((char)pdf[end])) end++;
        return Encoding.Latin1.GetString(pdf[start..end]);
    }

    private static bool IsCapitals(ReadOnlySpan<byte> text)
    {
        foreach (var b in text) if (b is < (byte)'A' or > (byte)'Z') return false;
        return true;
    }

    private static bool IsUuid(ReadOnlySpan<byte> text)
    {
        if (text.Length < UuidLength) return false;
        for (var i = 0; i < UuidLength; i++)
        {
            var dash = i is 8 or 13 or 18 or 23;
            if (dash ? text[i] != '-' : !(text[i] is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f')) return false;
        }
        return true;
    }

    private static string Tag(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return new string(hash.Take(TagLength).Select(b => (char)('A' + b % 26)).ToArray());
    }

    private static string Uuid(string key)
    {
        var hex = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}

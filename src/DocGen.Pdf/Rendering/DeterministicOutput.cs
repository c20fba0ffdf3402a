using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// PDFsharp 6.2 puts two random values in every file: the six-letter subset tag of each embedded
/// font (ABCDEF+Name) and the XMP DocumentID/InstanceID UUIDs, with no API to choose them. We
/// replace both after saving with values derived from the report, byte for byte the same length,
/// so the cross-reference offsets stay valid and the same request gives the same bytes.
/// </summary>
internal static partial class DeterministicOutput
{
    [GeneratedRegex(@"/(?:FontName|BaseFont)/([A-Z]{6})\+([^/\s<>\[\]()]+)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex XmpUuid();

    public static byte[] Stabilize(byte[] pdf, string seed)
    {
        // Latin-1 maps every byte to one char and back, so indexes are byte offsets.
        var text = Encoding.Latin1.GetString(pdf);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in SubsetTag().Matches(text))
        {
            var random = m.Groups[1].Value;
            if (!tags.ContainsKey(random)) tags[random] = Tag($"{seed}|{m.Groups[2].Value}|{tags.Count}");
        }

        var output = (byte[])pdf.Clone();
        foreach (Match m in SubsetTag().Matches(text))
            Encoding.ASCII.GetBytes(tags[m.Groups[1].Value]).CopyTo(output, m.Groups[1].Index);

        var n = 0;
        foreach (Match m in XmpUuid().Matches(text))
            Encoding.ASCII.GetBytes("uuid:" + Uuid($"{seed}|xmp|{n++}")).CopyTo(output, m.Index);
        return output;
    }

    private static string Tag(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return new string(hash.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
    }

    private static string Uuid(string key)
    {
        var hex = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace DocGen.Rendering;

/// <summary>
/// The <c>content_sha256</c> of a render: SHA-256 over the outputs, each preceded by a tag and
/// its length so that moving bytes between outputs changes the digest. Identical input gives
/// identical outputs (the renderers are deterministic), so an identical digest.
/// </summary>
public static class ContentDigest
{
    public static string Compute(string? html, string? htmlFragment, byte[]? pdf)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(sha, (byte)'H', html is null ? null : Encoding.UTF8.GetBytes(html));
        Append(sha, (byte)'F', htmlFragment is null ? null : Encoding.UTF8.GetBytes(htmlFragment));
        Append(sha, (byte)'P', pdf);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static void Append(IncrementalHash sha, byte tag, byte[]? bytes)
    {
        Span<byte> header = stackalloc byte[9]; // tag + big-endian length, -1 for "absent"
        header[0] = tag;
        BinaryPrimitives.WriteInt64BigEndian(header[1..], bytes is null ? -1 : bytes.LongLength);
        sha.AppendData(header);
        if (bytes is not null) sha.AppendData(bytes);
    }
}

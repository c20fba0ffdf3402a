using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace DocGen.Rendering;

/// <summary>
/// The <c>content_sha256</c> of a render: SHA-256 over the outputs, each preceded by a tag and
/// its length so that moving bytes between outputs changes the digest. Identical input gives
/// identical outputs (the renderers are deterministic), so an identical digest.
/// </summary>
public static class ContentDigest
{
    public static string Compute(string? html, string? htmlFragment, byte[]? pdf, byte[]? ofd = null)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendText(sha, (byte)'H', html);
        AppendText(sha, (byte)'F', htmlFragment);
        AppendHeader(sha, (byte)'P', pdf?.LongLength ?? -1);
        if (pdf is not null) sha.AppendData(pdf);
        // Only when asked for: the digests of renders without an OFD stay what they were.
        if (ofd is not null)
        {
            AppendHeader(sha, (byte)'O', ofd.LongLength);
            sha.AppendData(ofd);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The text's UTF-8 bytes, encoded a few KB at a time rather than copied whole (a page per call, and a large report's is a large object).</summary>
    private static void AppendText(IncrementalHash sha, byte tag, string? text)
    {
        AppendHeader(sha, tag, text is null ? -1 : Encoding.UTF8.GetByteCount(text));
        if (text is null) return;
        Span<byte> buffer = stackalloc byte[4096];
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            // Lone surrogates become U+FFFD, as Encoding.UTF8 writes them; a pair is never split across chunks.
            Utf8.FromUtf16(rest, buffer, out var read, out var written);
            sha.AppendData(buffer[..written]);
            rest = rest[read..];
        }
    }

    private static void AppendHeader(IncrementalHash sha, byte tag, long length)
    {
        Span<byte> header = stackalloc byte[9]; // tag + big-endian length, -1 for "absent"
        header[0] = tag;
        BinaryPrimitives.WriteInt64BigEndian(header[1..], length);
        sha.AppendData(header);
    }
}

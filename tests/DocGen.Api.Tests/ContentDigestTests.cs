using System.Security.Cryptography;
using System.Text;
using DocGen.Rendering;

namespace DocGen.Api.Tests;

/// <summary>
/// content_sha256 as a client recomputes it from the response: SHA-256 over each output's tag,
/// its big-endian byte length (-1 when absent) and its UTF-8 bytes. The digest encodes text a
/// chunk at a time, so the cases put a surrogate pair across a chunk's end and a lone surrogate in.
/// </summary>
public class ContentDigestTests
{
    public static TheoryData<string, string?, byte[]?> Outputs => new()
    {
        { "<p>年度报告</p>", null, null },
        { "<p>a</p>", "<p>a</p>", [0x25, 0x50, 0x44, 0x46] }, // "%PDF"
        { new string('a', 4095) + "😀" + "尾", null, null }, // the emoji's 4 bytes straddle the 4096th
        { string.Concat(Enumerable.Repeat("政府信息公开😀", 3000)), "片段", [] },
        { "lone \ud800 surrogate", "and \udc00 its other half", null },
        { "", "", [] },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Compute_AnyOutputs_IsSha256OverTaggedLengthPrefixedUtf8(string html, string? fragment, byte[]? pdf)
    {
        var digest = ContentDigest.Compute(html, fragment, pdf);

        Assert.Equal(Reference(html, fragment, pdf), digest);
    }

    [Fact]
    public void Compute_BytesMovedBetweenOutputs_Differs()
    {
        Assert.NotEqual(ContentDigest.Compute("ab", "c", null), ContentDigest.Compute("a", "bc", null));
        Assert.NotEqual(ContentDigest.Compute("a", null, null), ContentDigest.Compute("a", "", null));
    }

    private static string Reference(string? html, string? fragment, byte[]? pdf)
    {
        var all = new List<byte>();
        void Add(char tag, byte[]? bytes)
        {
            all.Add((byte)tag);
            var length = BitConverter.GetBytes(bytes is null ? -1L : bytes.LongLength);
            if (BitConverter.IsLittleEndian) Array.Reverse(length);
            all.AddRange(length);
            if (bytes is not null) all.AddRange(bytes);
        }
        Add('H', html is null ? null : Encoding.UTF8.GetBytes(html));
        Add('F', fragment is null ? null : Encoding.UTF8.GetBytes(fragment));
        Add('P', pdf);
        return Convert.ToHexStringLower(SHA256.HashData(all.ToArray()));
    }
}

using DocGen.Grpc.Internal;

namespace DocGen.Grpc.Tests.Internal;

public sealed class PercentEncodingTests
{
    [Theory]
    [InlineData("plain ASCII stays", "plain ASCII stays")]
    [InlineData("100%", "100%25")]
    [InlineData("未找到", "%E6%9C%AA%E6%89%BE%E5%88%B0")]
    [InlineData("a\nb", "a%0Ab")]
    [InlineData("tab\tend~", "tab%09end~")]
    public void Encode_EscapesAllButPrintableAscii(string raw, string encoded)
    {
        Assert.Equal(encoded, PercentEncoding.Encode(raw));
        Assert.Equal(raw, PercentEncoding.Decode(encoded));
    }

    [Theory]
    [InlineData("%", "%")]
    [InlineData("%G1", "%G1")]
    [InlineData("50%2", "50%2")]
    public void Decode_MalformedEscape_IsKeptAsWritten(string value, string decoded)
    {
        Assert.Equal(decoded, PercentEncoding.Decode(value));
    }
}

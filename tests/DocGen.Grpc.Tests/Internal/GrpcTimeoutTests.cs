using DocGen.Grpc.Internal;

namespace DocGen.Grpc.Tests.Internal;

public sealed class GrpcTimeoutTests
{
    [Theory]
    [InlineData("1H", 3_600_000.0)]
    [InlineData("2M", 120_000.0)]
    [InlineData("5S", 5_000.0)]
    [InlineData("100m", 100.0)]
    [InlineData("2500u", 2.5)]
    [InlineData("3000000n", 3.0)]
    [InlineData("99999999S", 99_999_999_000.0)]
    public void TryParse_ValidUnits(string value, double milliseconds)
    {
        Assert.True(GrpcTimeout.TryParse(value, out var timeout));
        Assert.Equal(milliseconds, timeout.TotalMilliseconds);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("10")]
    [InlineData("10s")]
    [InlineData("-1S")]
    [InlineData("123456789S")] // nine digits: the spec allows eight
    public void TryParse_Malformed_IsRejected(string? value)
    {
        Assert.False(GrpcTimeout.TryParse(value, out _));
    }

    [Theory]
    [InlineData(250.0, "250m")]
    [InlineData(0.2, "1m")]
    [InlineData(200_000_000.0, "200000S")]
    public void Format_RoundTripsThroughTryParse(double milliseconds, string expected)
    {
        var formatted = GrpcTimeout.Format(TimeSpan.FromMilliseconds(milliseconds));

        Assert.Equal(expected, formatted);
        Assert.True(GrpcTimeout.TryParse(formatted, out _));
    }
}

using DocGen.Server.Tests.Support;
using Microsoft.Extensions.Options;

namespace DocGen.Server.Tests;

/// <summary>A wrong setting stops the host at start with a message naming the key.</summary>
public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("Server:Address", "grpc://127.0.0.1:50051", "Server:Address")]
    [InlineData("Server:Address", "http://docgen.example:50051", "Server:Address host")]
    [InlineData("Server:WebAddress", "ftp://127.0.0.1:50052", "Server:WebAddress")]
    [InlineData("Server:Address", "https://127.0.0.1:0", "Server:CertificatePath")]
    [InlineData("Grpc:MaxReceiveMessageBytes", "0", "Grpc:MaxReceiveMessageBytes")]
    [InlineData("Grpc:MaxSendMessageBytes", "-1", "Grpc:MaxSendMessageBytes")]
    [InlineData("Grpc:MaxRequestBytesInFlight", "4194304", "Grpc:MaxRequestBytesInFlight")]
    [InlineData("Grpc:MaxRequestBytesPerConnection", "1000", "Grpc:MaxRequestBytesPerConnection")]
    [InlineData("Memory:TrimIntervalSeconds", "0", "Memory:TrimIntervalSeconds")]
    [InlineData("Rendering:QueueLimit", "-1", "Rendering:QueueLimit")]
    public async Task Start_InvalidSetting_FailsNamingTheKey(string key, string value, string named)
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => DocGenServer.StartAsync((key, value)));

        Assert.Contains(named, e.Message);
    }
}

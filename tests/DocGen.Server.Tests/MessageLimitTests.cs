using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Grpc.Core;

namespace DocGen.Server.Tests;

/// <summary>Grpc:MaxReceiveMessageBytes / MaxSendMessageBytes, mapped onto grpc-dotnet's limits, over a real listener.</summary>
public sealed class MessageLimitTests
{
    private static RenderRequest WithOverview(string text)
    {
        var request = Requests.Fixture("panjin-commerce-2022.json");
        request.Report.Overview = new DocGen.Protos.V1.RichText { Text = text };
        return request;
    }

    [Fact]
    public async Task Render_RequestOverMaxReceiveMessageBytes_ResourceExhausted()
    {
        await using var server = await DocGenServer.StartAsync(("Grpc:MaxReceiveMessageBytes", "65536"));

        var e = await Assert.ThrowsAsync<RpcException>(async () => await server.Reports.RenderAsync(WithOverview(new string('x', 100_000))));

        Assert.Equal(StatusCode.ResourceExhausted, e.StatusCode);
    }

    [Fact]
    public async Task Render_RequestAboveGrpcDotnetsDefault4MB_PassesTheTransportAndMeetsTheRequestLimits()
    {
        await using var server = await DocGenServer.StartAsync(); // Grpc:MaxReceiveMessageBytes 16 MiB

        var e = await Assert.ThrowsAsync<RpcException>(async () => await server.Reports.RenderAsync(WithOverview(new string('x', 5_000_000))));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.StartsWith("report.overview.text is 5,000,000 characters", e.Status.Detail);
    }

    [Fact]
    public async Task Render_ResponseOverMaxSendMessageBytes_ResourceExhausted()
    {
        await using var server = await DocGenServer.StartAsync(("Grpc:MaxSendMessageBytes", "10000"));

        var e = await Assert.ThrowsAsync<RpcException>(async () => await server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json")));

        Assert.Equal(StatusCode.ResourceExhausted, e.StatusCode);
    }

    [Fact]
    public async Task Render_GzipRequestInflatingPastTheLimit_ResourceExhaustedWithoutInflatingIt()
    {
        await using var server = await DocGenServer.StartAsync(("Grpc:MaxReceiveMessageBytes", "1048576"));
        var bomb = WithOverview(new string('a', 50_000_000)); // 50 MB that gzip packs into about 50 KB

        var e = await Assert.ThrowsAsync<RpcException>(async () => await server.Reports.RenderAsync(bomb,
            new Metadata { { "grpc-internal-encoding-request", "gzip" } }));

        Assert.Equal(StatusCode.ResourceExhausted, e.StatusCode);
        var healthy = await server.Reports.ValidateAsync(new ValidateRequest { Report = Requests.Fixture("synthetic-busy-2023.json").Report });
        Assert.Equal(Edition._2021, healthy.Edition);
    }
}

using DocGen.Grpc.Client;
using DocGen.Grpc.Health.V1;
using DocGen.Grpc.Tests.Support;
using ServingStatus = DocGen.Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace DocGen.Grpc.Tests.Standard;

public sealed class HealthServiceTests : IAsyncLifetime
{
    private const string Check = "/grpc.health.v1.Health/Check";
    private EchoServer _server = null!;
    private GrpcChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _server = await EchoServer.StartAsync();
        _channel = _server.CreateChannel();
    }

    public async Task DisposeAsync()
    {
        _channel.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Check_WholeServer_IsServing()
    {
        var response = await _channel.UnaryAsync(Check, new HealthCheckRequest(), HealthCheckResponse.Parser);

        Assert.Equal(ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Check_StatusSetByHost_IsReported()
    {
        _server.Health.SetStatus("docgen.v1.ReportService", ServingStatus.NotServing);

        var response = await _channel.UnaryAsync(Check, new HealthCheckRequest { Service = "docgen.v1.ReportService" }, HealthCheckResponse.Parser);

        Assert.Equal(ServingStatus.NotServing, response.Status);
    }

    [Fact]
    public async Task Check_UnknownService_IsNotFound()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _channel.UnaryAsync(Check, new HealthCheckRequest { Service = "no.such.Service" }, HealthCheckResponse.Parser));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Watch_SendsCurrentStatusThenEachChange()
    {
        using var watch = _channel.DuplexStreaming<HealthCheckRequest, HealthCheckResponse>(
            "/grpc.health.v1.Health/Watch", HealthCheckResponse.Parser);
        await watch.RequestStream.WriteAsync(new HealthCheckRequest { Service = "docgen.v1.SiteService" });
        await watch.RequestStream.CompleteAsync();

        Assert.True(await watch.ResponseStream.MoveNext());
        Assert.Equal(ServingStatus.ServiceUnknown, watch.ResponseStream.Current.Status);

        _server.Health.SetStatus("docgen.v1.SiteService", ServingStatus.Serving);
        Assert.True(await watch.ResponseStream.MoveNext());
        Assert.Equal(ServingStatus.Serving, watch.ResponseStream.Current.Status);

        _server.Health.SetStatus("docgen.v1.SiteService", ServingStatus.NotServing);
        Assert.True(await watch.ResponseStream.MoveNext());
        Assert.Equal(ServingStatus.NotServing, watch.ResponseStream.Current.Status);
    }
}

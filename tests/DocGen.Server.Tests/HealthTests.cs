using DocGen.Server.Tests.Support;
using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace DocGen.Server.Tests;

/// <summary>grpc.health.v1 for load balancers and `docgen health`: SERVING, then NOT_SERVING from SIGTERM on.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Watch_ServerStops_SendsNotServingAndEnds()
    {
        var server = await DocGenServer.StartAsync();
        using var watch = server.Health.Watch(new HealthCheckRequest { Service = "docgen.v1.ReportService" });
        Assert.True(await watch.ResponseStream.MoveNext());
        Assert.Equal(ServingStatus.Serving, watch.ResponseStream.Current.Status);

        var stop = server.StopAsync();
        var after = new List<ServingStatus>();
        while (await watch.ResponseStream.MoveNext()) after.Add(watch.ResponseStream.Current.Status);
        await stop;

        Assert.Equal(ServingStatus.NotServing, after[^1]);
        Assert.Equal(StatusCode.OK, watch.GetStatus().StatusCode);
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Check_OnceStopping_NotServing()
    {
        var server = await DocGenServer.StartAsync();
        var health = server.Services.GetRequiredService<HealthCheckService>();
        var before = await health.CheckHealthAsync();

        server.Lifetime.StopApplication(); // what SIGTERM does
        var after = await health.CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, before.Status);
        Assert.Equal(HealthStatus.Unhealthy, after.Status);
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Check_WhileStopping_NotServingWithNothingLoggedAboveInformation()
    {
        var logs = new CapturingLogs();
        var server = await DocGenServer.StartAsync(logs);
        var request = new HealthCheckRequest { Service = "docgen.v1.ReportService" };
        var before = await server.Health.CheckAsync(request);
        var linesAtStart = logs.Lines.Count;

        server.Lifetime.StopApplication(); // what SIGTERM does; the load balancer's probes go on while calls drain
        var whileStopping = await server.Health.CheckAsync(request);
        await server.StopAsync();
        await server.DisposeAsync();

        Assert.Equal(ServingStatus.Serving, before.Status);
        Assert.Equal(ServingStatus.NotServing, whileStopping.Status);
        Assert.Empty(logs.Lines.Skip(linesAtStart).Where(l => l.Level > LogLevel.Information).Select(l => $"{l.Level} {l.Category}: {l.Message}"));
    }

    [Fact]
    public async Task Check_UnknownService_NotFound()
    {
        await using var server = await DocGenServer.StartAsync();

        var e = await Assert.ThrowsAsync<RpcException>(async () => await server.Health.CheckAsync(new HealthCheckRequest { Service = "docgen.v1.Nothing" }));

        Assert.Equal(StatusCode.NotFound, e.StatusCode);
    }
}

using System.Net;
using DocGen.Protos.V1;
using DocGen.Server.Calls;
using DocGen.Server.Tests.Support;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DocGen.Server.Tests.Adversarial;

/// <summary>
/// Issue 24, failure 3, against the real server process: the intake is the method routing matched,
/// whatever the path's case; a call without a valid key is refused from its headers before its
/// body holds any of the request-byte budget; and one key's held bytes come out of its own share,
/// so another caller is still served.
/// </summary>
public sealed class IdentityBeforeResourcesTests
{
    private const string Render = "/docgen.v1.ReportService/Render";
    private const int MessageBytes = 4 * 1024 * 1024;

    private static string[] Keyed(params string[] more) =>
        [.. TestKeys.Settings().Select(s => $"--{s.Item1}={s.Item2}"), .. more];

    private static HttpRequestMessage Stalled(string path, Task release, string? key = null)
    {
        var request = HeldBody.Post(path, HeldBody.Prefix(MessageBytes - 100, 1_000), release);
        if (key is not null) request.Headers.TryAddWithoutValidation("authorization", "Bearer " + key);
        return request;
    }

    [Theory]
    [InlineData("/DOCGEN.V1.REPORTSERVICE/RENDER")]
    [InlineData("/docgen.v1.reportservice/validate")]
    [InlineData("/Docgen.V1.ReportService/ImportReport")]
    public async Task UnfinishedRequest_PathInAnotherCase_StillEndsDeadlineExceededAfterTheReceiveTimeout(string path)
    {
        await using var server = await ServerProcess.StartAsync("--Grpc:ReceiveTimeoutSeconds=1");
        using var http = RawGrpc.H2cClient(server.Address);
        var never = new TaskCompletionSource();

        using var response = await http.SendAsync(Stalled(path, never.Task), HttpCompletionOption.ResponseHeadersRead);
        never.SetResult();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("4", RawGrpc.StatusHeader(response, "grpc-status")); // DEADLINE_EXCEEDED
    }

    [Fact]
    public async Task KeylessCallersHoldingPartialMessages_RefusedUnauthenticatedUnreadAndAKeyedRenderIsServed()
    {
        // Room for one message at the limit: without the key checked first, one keyless stream spends it.
        await using var server = await ServerProcess.StartAsync(Keyed("--Grpc:MaxRequestBytesInFlight=4194400", "--Grpc:ReceiveTimeoutSeconds=120"));
        using var http = RawGrpc.H2cClient(server.Address);
        var release = new TaskCompletionSource();

        var keyless = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            http.SendAsync(Stalled(i % 2 == 0 ? Render : Render.ToUpperInvariant(), release.Task), HttpCompletionOption.ResponseHeadersRead)));
        using var channel = GrpcChannel.ForAddress(server.Address);
        var normal = await new ReportService.ReportServiceClient(channel).RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), TestKeys.Bearer(TestKeys.Panjin));
        release.SetResult();

        Assert.All(keyless, r => Assert.Equal("16", RawGrpc.StatusHeader(r, "grpc-status"))); // UNAUTHENTICATED
        Assert.True(normal.PageCount > 0);
        foreach (var response in keyless) response.Dispose();
    }

    [Fact]
    public async Task OneKeySpendsItsShare_ItsNextCallIsRefusedAndAnotherKeyIsServed()
    {
        await using var server = await ServerProcess.StartAsync(Keyed("--Grpc:MaxRequestBytesPerCaller=4194400", "--Grpc:ReceiveTimeoutSeconds=120"));
        using var http = RawGrpc.H2cClient(server.Address);
        using var channel = GrpcChannel.ForAddress(server.Address);
        var reports = new ReportService.ReportServiceClient(channel);
        var release = new TaskCompletionSource();
        Task<HttpResponseMessage>? stalled = null;

        RpcException? refused = null;
        for (var attempt = 0; attempt < 100 && refused is null; attempt++)
        {
            // A probe Render still holding its bytes when the stalled call's prefix arrives gets the
            // stalled call refused instead (the share is full either way): stall again, then probe.
            if (stalled is null || stalled.IsCompleted)
            {
                if (stalled is not null) (await stalled).Dispose();
                var sent = new TaskCompletionSource();
                var request = HeldBody.Post(Render, HeldBody.Prefix(MessageBytes - 100, 1_000), release.Task, sent);
                request.Headers.TryAddWithoutValidation("authorization", "Bearer " + TestKeys.Panjin);
                stalled = http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                await sent.Task;
            }
            // The stalled call's prefix may still be on its way: the refusal comes once it holds the share.
            try { await reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), TestKeys.Bearer(TestKeys.Panjin)); await Task.Delay(50); }
            catch (RpcException e) when (e.StatusCode == StatusCode.ResourceExhausted) { refused = e; }
        }
        var other = await reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), TestKeys.Bearer(TestKeys.Admin));
        release.SetResult();
        (await stalled!).Dispose();

        Assert.NotNull(refused);
        Assert.Contains("this caller", refused.Status.Detail);
        Assert.True(other.PageCount > 0);
    }

    [Fact]
    public async Task EveryUnaryMethodOfTheServiceDescriptors_IsRoutedThroughTheUnaryIntake()
    {
        await using var server = await DocGenServer.StartAsync();
        var routed = server.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method)
            .OfType<IMethod>()
            .ToDictionary(m => m.FullName, StringComparer.Ordinal);
        var unary = new[] { ReportService.Descriptor, SiteService.Descriptor, Grpc.Health.V1.Health.Descriptor }
            .SelectMany(s => s.Methods)
            .Where(m => !m.IsClientStreaming && !m.IsServerStreaming)
            .Select(m => $"/{m.Service.FullName}/{m.Name}")
            .ToArray();

        Assert.NotEmpty(unary);
        Assert.All(unary, name => Assert.True(routed.TryGetValue(name, out var method) && IntakeCoverage.Unary(method), $"{name} is not taken in"));
        Assert.True(IntakeCoverage.Batch(routed["/docgen.v1.ReportService/RenderBatch"]));
    }
}

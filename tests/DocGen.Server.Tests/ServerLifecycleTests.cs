using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Grpc.Core;

namespace DocGen.Server.Tests;

/// <summary>How the server behaves under load and when it is told to stop.</summary>
public sealed class ServerLifecycleTests
{
    [Fact]
    public async Task Render_MoreCallsThanSlotsAndQueue_RefusedAtOnceWithResourceExhausted()
    {
        await using var server = await DocGenServer.StartAsync(("Rendering:MaxConcurrency", "1"), ("Rendering:QueueLimit", "0"));
        var calls = Enumerable.Range(0, 6).Select(async i =>
        {
            try
            {
                await server.Reports.RenderAsync(Requests.Long($"busy-{i}", paragraphs: 1500));
                return StatusCode.OK;
            }
            catch (RpcException e)
            {
                return e.StatusCode;
            }
        }).ToArray();
        var outcomes = await Task.WhenAll(calls);

        Assert.Contains(StatusCode.OK, outcomes);
        Assert.Contains(StatusCode.ResourceExhausted, outcomes);
        Assert.All(outcomes, s => Assert.True(s is StatusCode.OK or StatusCode.ResourceExhausted, $"unexpected {s}"));
    }

    [Fact]
    public async Task Stop_WithARenderInFlight_TheRenderFinishesOk()
    {
        var server = await DocGenServer.StartAsync();
        var started = new TaskCompletionSource();
        var render = Task.Run(async () =>
        {
            var call = server.Reports.RenderAsync(Requests.Long("in-flight", paragraphs: 1500));
            started.SetResult();
            return await call;
        });
        await started.Task;
        await Task.Delay(300); // let the request reach the handler

        var stop = server.StopAsync();
        var response = await render;
        await stop;

        Assert.Equal("in-flight", response.RequestId);
        Assert.True(response.PageCount > 10);
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Stop_DuringABatch_ReadRequestsFinishThenUnavailable()
    {
        var server = await DocGenServer.StartAsync();
        using var call = server.Reports.RenderBatch();
        for (var i = 0; i < 3; i++) await call.RequestStream.WriteAsync(Requests.Long($"batch-{i}", paragraphs: 600));
        Assert.True(await call.ResponseStream.MoveNext(), "a first result before the stop");
        var results = new List<string> { call.ResponseStream.Current.RequestId };

        var stop = server.StopAsync();
        var e = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            while (await call.ResponseStream.MoveNext()) results.Add(call.ResponseStream.Current.RequestId);
        });
        await stop;

        Assert.True(e.StatusCode == StatusCode.Unavailable || EndedByTheGracefulClose(e), $"expected UNAVAILABLE, got {e.Status}");
        Assert.Equal(new[] { "batch-0", "batch-1", "batch-2" }, results.Order());
        await server.DisposeAsync();
    }

    /// <summary>
    /// The server sent UNAVAILABLE (its log says so every time), but this client's side of the stream
    /// was still open: Kestrel resets the stream (NO_ERROR) and, its last stream done, closes the
    /// connection at once. When the close reaches SocketsHttpHandler before it has retired the stream,
    /// it fails the unread trailers with HttpProtocolException NO_ERROR, which Grpc.Net.Client maps
    /// to INTERNAL. That is the client's reading of a graceful close, not a server error; every read
    /// request still has its result.
    /// </summary>
    private static bool EndedByTheGracefulClose(RpcException e) =>
        e.StatusCode == StatusCode.Internal && e.Status.DebugException is System.Net.Http.HttpProtocolException { ErrorCode: 0 };

    [Fact]
    public async Task Render_NoCjkFontConfigured_PdfFailsWithFailedPreconditionNamingThePackages()
    {
        var empty = Directory.CreateTempSubdirectory("docgen-no-fonts-").FullName;
        await using var server = await DocGenServer.StartAsync(("Fonts:UseSystemFonts", "false"), ("Fonts:Directories:0", empty));
        var request = Requests.Fixture("panjin-commerce-2022.json");

        var e = await Assert.ThrowsAsync<RpcException>(async () => await server.Reports.RenderAsync(request));
        request.Formats.Clear();
        request.Formats.Add(OutputFormat.HtmlPage);
        var htmlOnly = await server.Reports.RenderAsync(request);

        Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
        Assert.Contains("fonts-arphic-uming", e.Status.Detail);
        Assert.Contains("盘锦市商务局", htmlOnly.Html);
        Directory.Delete(empty);
    }
}

using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace DocGen.Server.Tests;

/// <summary>One structured line per call (category DocGen.Server.Calls.CallLog), with the status the caller got.</summary>
public sealed class CallLogTests
{
    private const string Category = "DocGen.Server.Calls.CallLog";

    private static async Task<CapturingLogs.LogLine> OnlyLineForAsync(CapturingLogs logs, string method)
    {
        // The line is written when the call's middleware finishes, a moment after the client has its answer.
        for (var i = 0; i < 200 && !logs.Category(Category).Any(l => Equals(l.Values["Method"], method)); i++) await Task.Delay(50);
        var lines = logs.Category(Category).Where(l => Equals(l.Values["Method"], method)).ToArray();
        Assert.True(lines.Length == 1, $"{lines.Length} lines for {method}; the server logged:\n" + string.Join("\n", logs.Lines.Select(l => $"{l.Category} {l.Message}")));
        return lines[0];
    }

    [Fact]
    public async Task Render_Ok_OneLineWithMethodStatusDurationAndSizes()
    {
        var logs = new CapturingLogs();
        await using var server = await DocGenServer.StartAsync(logs);

        var response = await server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"));

        var line = await OnlyLineForAsync(logs, "/docgen.v1.ReportService/Render");
        Assert.Equal(StatusCode.OK, line.Values["StatusCode"]);
        Assert.True((double)line.Values["DurationMs"]! > 0);
        Assert.True((long)line.Values["BytesIn"]! > 1000, "request bytes");
        Assert.True((long)line.Values["BytesOut"]! > response.Pdf.Length, "response bytes");
    }

    /// <summary>A server with one rendering slot and long renders queued for it, so the next Render waits in its handler.</summary>
    private static async Task<(DocGenServer Server, Task Busy)> OneBusySlotAsync(CapturingLogs logs)
    {
        var server = await DocGenServer.StartAsync(logs, ("Rendering:MaxConcurrency", "1"));
        var busy = Task.WhenAll(Enumerable.Range(0, 8).Select(i => server.Reports.RenderAsync(Requests.Long($"busy-{i}", paragraphs: 3000)).ResponseAsync));
        await Task.Delay(500); // the long renders hold the slot and the queue
        return (server, busy);
    }

    [Fact]
    public async Task Render_DeadlinePassesWhileTheHandlerWaits_LoggedAsDeadlineExceeded()
    {
        var logs = new CapturingLogs();
        var (server, busy) = await OneBusySlotAsync(logs);

        var e = await Assert.ThrowsAsync<RpcException>(async () =>
            await server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), deadline: DateTime.UtcNow.AddMilliseconds(1500)));

        Assert.Equal(StatusCode.DeadlineExceeded, e.StatusCode);
        // The busy renders log OK as they finish; the waiting call is the only other Render line.
        var waiting = logs.Category(Category).Where(l => Equals(l.Values["Method"], "/docgen.v1.ReportService/Render") && !Equals(l.Values["StatusCode"], StatusCode.OK));
        for (var i = 0; i < 200 && !waiting.Any(); i++) await Task.Delay(50);
        Assert.Equal(StatusCode.DeadlineExceeded, Assert.Single(waiting).Values["StatusCode"]);
        await busy;
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Render_ClientCancelsWhileTheHandlerWaits_LoggedAsCancelled()
    {
        var logs = new CapturingLogs();
        var (server, busy) = await OneBusySlotAsync(logs);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(1500));

        var e = await Assert.ThrowsAsync<RpcException>(async () =>
            await server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), cancellationToken: cancel.Token));

        Assert.Equal(StatusCode.Cancelled, e.StatusCode);
        // The busy renders log OK as they finish; the waiting call is the only other Render line.
        var waiting = logs.Category(Category).Where(l => Equals(l.Values["Method"], "/docgen.v1.ReportService/Render") && !Equals(l.Values["StatusCode"], StatusCode.OK));
        for (var i = 0; i < 200 && !waiting.Any(); i++) await Task.Delay(50);
        Assert.Equal(StatusCode.Cancelled, Assert.Single(waiting).Values["StatusCode"]);
        await busy;
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Render_RefusedBeforeTheHandlerForSize_CountedInTheRefusalSummary()
    {
        var logs = new CapturingLogs();
        await using var server = await DocGenServer.StartAsync(logs, ("Grpc:MaxReceiveMessageBytes", "1024"));

        await Assert.ThrowsAsync<RpcException>(async () => await server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json")));

        // Counted, not logged per call (a flood of refusals would be a flood of lines): one summary line.
        // The count is taken when the call's middleware finishes, a moment after the client has its answer.
        for (var i = 0; i < 200 && !logs.Category("DocGen.Api.RefusalLog").Any(); i++)
        {
            server.Services.GetRequiredService<DocGen.Api.RefusalLog>().Flush();
            await Task.Delay(50);
        }
        var summary = Assert.Single(logs.Category("DocGen.Api.RefusalLog"));
        Assert.Equal("/docgen.v1.ReportService/Render 1", summary.Values["ByMethod"]);
        Assert.DoesNotContain(logs.Category(Category), l => Equals(l.Values["Method"], "/docgen.v1.ReportService/Render"));
    }

    [Fact]
    public async Task ListSites_UnsupportedContentType_LoggedWithTheHttpStatus()
    {
        var logs = new CapturingLogs();
        await using var server = await DocGenServer.StartAsync(logs);
        using var http = RawGrpc.H2cClient(server.Address);

        await http.SendAsync(RawGrpc.Post("/docgen.v1.SiteService/ListSites", RawGrpc.Frame(new ListSitesRequest()), "application/grpc+json"));

        var line = await OnlyLineForAsync(logs, "/docgen.v1.SiteService/ListSites");
        Assert.Equal(StatusCode.Internal, line.Values["StatusCode"]);
        Assert.Equal(415, line.Values["HttpStatus"]);
    }
}

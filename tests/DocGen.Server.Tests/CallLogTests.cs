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

    [Fact]
    public async Task Render_DeadlinePassesWhileTheHandlerWaits_LoggedAsDeadlineExceeded()
    {
        var logs = new CapturingLogs();
        await using var server = await DocGenServer.StartAsync(logs, ("Rendering:MaxConcurrency", "1"));
        await using var held = await HeldSlots.TakeAsync(server);

        var e = await Assert.ThrowsAsync<RpcException>(async () =>
            await server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), deadline: DateTime.UtcNow.AddMilliseconds(1500)));

        Assert.Equal(StatusCode.DeadlineExceeded, e.StatusCode);
        Assert.Equal(StatusCode.DeadlineExceeded, (await OnlyLineForAsync(logs, "/docgen.v1.ReportService/Render")).Values["StatusCode"]);
    }

    [Fact]
    public async Task Render_ClientCancelsWhileTheHandlerWaits_LoggedAsCancelled()
    {
        var logs = new CapturingLogs();
        await using var server = await DocGenServer.StartAsync(logs, ("Rendering:MaxConcurrency", "1"));
        await using var held = await HeldSlots.TakeAsync(server);
        using var cancel = new CancellationTokenSource();

        var call = server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), cancellationToken: cancel.Token).ResponseAsync;
        await held.UntilQueuedAsync(1);
        await cancel.CancelAsync();
        var e = await Assert.ThrowsAsync<RpcException>(() => call);

        Assert.Equal(StatusCode.Cancelled, e.StatusCode);
        Assert.Equal(StatusCode.Cancelled, (await OnlyLineForAsync(logs, "/docgen.v1.ReportService/Render")).Values["StatusCode"]);
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

using System.Net;
using DocGen.Api;
using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocGen.Server.Tests.Adversarial;

/// <summary>
/// Findings 2, 5 and 6 over a real listener: requests that never finish end with DEADLINE_EXCEEDED
/// after Grpc:ReceiveTimeoutSeconds; the bytes of requests held at once are bounded by
/// Grpc:MaxRequestBytesInFlight (RESOURCE_EXHAUSTED before buffering); client cancels are logged
/// as CANCELLED at Information without exceptions; refusals under overload are one summary line.
/// </summary>
public sealed class IntakeTests
{
    private const string Render = "/docgen.v1.ReportService/Render";

    private static HttpRequestMessage Stalled(uint declared, int sent, Task release) =>
        HeldBody.Post(Render, HeldBody.Prefix(declared, sent), release);

    [Fact]
    public async Task Render_RequestNeverFinished_DeadlineExceededAfterTheReceiveTimeoutAndTheServerServes()
    {
        await using var server = await DocGenServer.StartAsync(("Grpc:ReceiveTimeoutSeconds", "1"));
        using var http = RawGrpc.H2cClient(server.Address);
        var never = new TaskCompletionSource();

        using var response = await http.SendAsync(Stalled(declared: 100_000, sent: 10, never.Task), HttpCompletionOption.ResponseHeadersRead);
        var normal = await server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"));
        never.SetResult();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("4", RawGrpc.StatusHeader(response, "grpc-status")); // DEADLINE_EXCEEDED
        Assert.True(normal.PageCount > 0);
    }

    [Fact]
    public async Task Render_RequestBytesInFlightSpent_ResourceExhaustedUntilTheyAreFreed()
    {
        // Room for one message at the limit (4 MiB) and 100 bytes more.
        await using var server = await DocGenServer.StartAsync(("Grpc:MaxRequestBytesInFlight", "4194400"), ("Grpc:ReceiveTimeoutSeconds", "120"));
        using var http = RawGrpc.H2cClient(server.Address);
        var release = new TaskCompletionSource();
        using var stalledCall = new CancellationTokenSource();
        // One caller declares a 4,194,300-byte message and sends 1 KB of it: the budget is spent.
        var stalled = http.SendAsync(Stalled(declared: 4_194_300, sent: 1_000, release.Task), HttpCompletionOption.ResponseHeadersRead, stalledCall.Token);
        await Task.Delay(500); // let its length prefix arrive; the assertions below do not depend on timing but on this order

        var refused = await Assert.ThrowsAsync<RpcException>(async () => await server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json")));
        await stalledCall.CancelAsync();
        await Record.ExceptionAsync(() => stalled);
        RenderResponse? normal = null;
        for (var attempt = 0; attempt < 100 && normal is null; attempt++)
        {
            try { normal = await server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json")); }
            catch (RpcException e) when (e.StatusCode == StatusCode.ResourceExhausted) { await Task.Delay(100); }
        }

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.NotNull(normal);
    }

    [Fact]
    public async Task Render_ClientsCancel_LoggedAsCancelledAtInformationWithoutExceptions()
    {
        var logs = new CapturingLogs();
        await using var server = await DocGenServer.StartAsync(logs, ("Rendering:MaxConcurrency", "1"));

        // Each call is cancelled while it waits for the only slot, which stays taken until all are.
        var statuses = new List<StatusCode>();
        await using (var held = await HeldSlots.TakeAsync(server))
        {
            for (var i = 0; i < 10; i++)
            {
                using var cancel = new CancellationTokenSource();
                var call = server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), cancellationToken: cancel.Token).ResponseAsync;
                await held.UntilQueuedAsync(1);
                await cancel.CancelAsync();
                statuses.Add((await Assert.ThrowsAsync<RpcException>(() => call)).StatusCode);
                await held.UntilQueuedAsync(0);
            }
        }
        var after = await server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"));
        Assert.All(statuses, s => Assert.Equal(StatusCode.Cancelled, s));
        Assert.True(after.PageCount > 0, "the server renders on after the cancels");

        // A call's line is written as its middleware finishes, a moment after the client has its answer.
        // The logs are read while the server runs: its health check says Unhealthy at Error once it stops.
        var calls = logs.Category("DocGen.Server.Calls.CallLog");
        await Poll.UntilAsync(() => calls.Count(l => Equals(l.Values["Method"], Render)) == 11, "a line for each of the 11 calls");
        Assert.Equal(10, calls.Count(l => Equals(l.Values["StatusCode"], StatusCode.Cancelled)));
        // (The sample sites' own warnings at start are about their data, not about calls.)
        Assert.DoesNotContain(logs.Lines, l => l.Level >= LogLevel.Warning && !l.Category.StartsWith("DocGen.Sites", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Exception is not null && l.Level >= LogLevel.Information);
    }

    [Fact]
    public async Task Render_RefusedUnderOverload_OneSummaryLineInsteadOfALinePerCall()
    {
        var logs = new CapturingLogs();
        await using var server = await DocGenServer.StartAsync(logs, ("Rendering:MaxConcurrency", "1"), ("Rendering:QueueLimit", "0"));

        var calls = Enumerable.Range(0, 40).Select(async i =>
        {
            try
            {
                await server.Reports.RenderAsync(Requests.Long($"long-{i}", paragraphs: 1000));
                return StatusCode.OK;
            }
            catch (RpcException e)
            {
                return e.StatusCode;
            }
        }).ToArray();
        var statuses = await Task.WhenAll(calls);
        var refused = statuses.Count(s => s == StatusCode.ResourceExhausted);
        // The call log counts as each call's middleware finishes, a moment after the client has its answer.
        var summaries = logs.Category("DocGen.Api.RefusalLog");
        for (var i = 0; i < 200 && summaries.Sum(l => (int)l.Values["Count"]!) < refused; i++)
        {
            server.Services.GetRequiredService<RefusalLog>().Flush();
            await Task.Delay(50);
        }

        Assert.All(statuses, s => Assert.Contains(s, new[] { StatusCode.OK, StatusCode.ResourceExhausted }));
        Assert.True(refused > 0, "nothing was refused: 40 calls for one slot and no queue");
        Assert.DoesNotContain(logs.Category("DocGen.Server.Calls.CallLog"), l => Equals(l.Values["StatusCode"], StatusCode.ResourceExhausted));
        Assert.All(summaries, l => Assert.Equal(LogLevel.Warning, l.Level));
        Assert.Equal(refused, summaries.Sum(l => (int)l.Values["Count"]!));
        Assert.True(summaries.Count() < refused, "a summary line per refusal");
    }
}

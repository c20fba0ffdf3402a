using System.Buffers.Binary;
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

    /// <summary>A request body that sends a message's length prefix and a little of it, then stalls.</summary>
    private sealed class StallingContent(uint declared, int sent, Task release) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var start = new byte[5 + sent];
            BinaryPrimitives.WriteUInt32BigEndian(start.AsSpan(1), declared);
            await stream.WriteAsync(start);
            await stream.FlushAsync();
            await release;
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private static HttpRequestMessage Stalled(uint declared, int sent, Task release)
    {
        var request = RawGrpc.Post(Render, [], "application/grpc");
        request.Content = new StallingContent(declared, sent, release);
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/grpc");
        return request;
    }

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
        var busy = server.Reports.RenderAsync(Requests.Long("busy", paragraphs: 3000)).ResponseAsync;
        await Task.Delay(300); // let the busy render take the only slot before the calls that queue behind it

        // Each call is cancelled while it waits behind the busy render; on a fast machine the busy
        // render may finish before the later, longer timeouts, and those calls then simply succeed.
        var statuses = new List<StatusCode>();
        for (var i = 0; i < 10; i++)
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50 + 20 * i));
            try
            {
                await server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), cancellationToken: cancel.Token);
                statuses.Add(StatusCode.OK);
            }
            catch (RpcException e)
            {
                statuses.Add(e.StatusCode);
            }
        }
        await busy;
        Assert.Contains(StatusCode.Cancelled, statuses);
        Assert.All(statuses, s => Assert.True(s is StatusCode.Cancelled or StatusCode.OK, $"a cancelled call ended {s}"));
        await server.StopAsync();

        // (The sample sites' own warnings at start are about their data, not about calls.)
        Assert.DoesNotContain(logs.Lines, l => l.Level >= LogLevel.Warning && !l.Category.StartsWith("DocGen.Html.Sites", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Exception is not null && l.Level >= LogLevel.Information);
        Assert.Contains(logs.Category("DocGen.Server.Calls.CallLog"), l => Equals(l.Values["StatusCode"], StatusCode.Cancelled));
        Assert.DoesNotContain(logs.Category("DocGen.Server.Calls.CallLog"), l => Equals(l.Values["StatusCode"], StatusCode.Unknown));
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

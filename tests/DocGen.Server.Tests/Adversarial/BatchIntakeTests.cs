using System.Net;
using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Grpc.Core;

namespace DocGen.Server.Tests.Adversarial;

/// <summary>
/// RenderBatch messages are inside Grpc:MaxRequestBytesInFlight: while the budget is spent a batch
/// stream stops reading (its client is held back by flow control) instead of buffering, and once
/// there is room it goes on, every request answered; a message begun and never finished ends the
/// call DEADLINE_EXCEEDED after the requests before it have their results.
/// </summary>
public sealed class BatchIntakeTests
{
    private const int MessageBytes = 4 * 1024 * 1024;

    [Fact]
    public async Task RenderBatch_RequestBytesInFlightSpent_StallsUntilThereIsRoomThenAnswersEveryRequest()
    {
        // Room for one message at the limit and 100 bytes: a held 4,194,300-byte Render spends it.
        await using var server = await DocGenServer.StartAsync(
            ("Grpc:MaxRequestBytesInFlight", "4194400"), ("Grpc:MaxRequestBytesPerConnection", "4194400"), ("Grpc:ReceiveTimeoutSeconds", "120"));
        using var http = RawGrpc.H2cClient(server.Address);
        var release = new TaskCompletionSource();
        using var stalledCall = new CancellationTokenSource();
        Task<HttpResponseMessage> Hold()
        {
            var request = HeldBody.Post("/docgen.v1.ReportService/Render", HeldBody.Prefix(4_194_300, 1_000), release.Task);
            return http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stalledCall.Token);
        }
        // Wait until the held request's prefix has arrived and spent the budget: a Render is refused.
        // (Sent while a probe held its few bytes, the held request is itself refused: sent again.)
        var stalled = Hold();
        var spent = false;
        for (var attempt = 0; attempt < 200 && !spent; attempt++)
        {
            if (stalled.IsCompleted) stalled = Hold();
            try { await server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json")); await Task.Delay(50); }
            catch (RpcException e) when (e.StatusCode == StatusCode.ResourceExhausted) { spent = true; }
        }
        Assert.True(spent, "the held request never spent the budget");

        using var batch = server.Reports.RenderBatch();
        var ids = Enumerable.Range(0, 3).Select(i => $"batch-{i}").ToArray();
        foreach (var id in ids)
        {
            var item = Requests.Fixture("panjin-commerce-2022.json");
            item.RequestId = id;
            await batch.RequestStream.WriteAsync(item);
        }
        await batch.RequestStream.CompleteAsync();
        var firstResult = batch.ResponseStream.MoveNext();
        await Task.WhenAny(firstResult, Task.Delay(1000)); // a batch that did not wait would have its first result by now
        var answeredWhileSpent = firstResult.IsCompleted;
        await stalledCall.CancelAsync();
        await Record.ExceptionAsync(() => stalled);
        var results = new List<RenderResult>();
        if (await firstResult) results.Add(batch.ResponseStream.Current);
        while (await batch.ResponseStream.MoveNext()) results.Add(batch.ResponseStream.Current);

        Assert.False(answeredWhileSpent, "the batch rendered while the request-bytes budget was spent");
        Assert.Equal(StatusCode.OK, batch.GetStatus().StatusCode);
        Assert.Equal(ids, results.Select(r => r.RequestId).Order());
        Assert.All(results, r => Assert.Equal(RenderResult.OutcomeOneofCase.Response, r.OutcomeCase));
    }

    [Fact]
    public async Task RenderBatch_MessageNeverFinished_DeadlineExceededAfterTheRequestsBeforeItAreAnswered()
    {
        await using var server = await DocGenServer.StartAsync(("Grpc:ReceiveTimeoutSeconds", "1"));
        using var http = RawGrpc.H2cClient(server.Address);
        var first = Requests.Fixture("panjin-commerce-2022.json");
        first.RequestId = "whole";
        var body = new MemoryStream();
        body.Write(RawGrpc.Frame(first));
        body.Write([0, 0, 0x10, 0, 0]); // a 1 MiB message begun
        body.Write(new byte[1_000]);
        var never = new TaskCompletionSource();
        var request = HeldBody.Post("/docgen.v1.ReportService/RenderBatch", body.ToArray(), never.Task);

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var frames = RawGrpc.Frames(await response.Content.ReadAsByteArrayAsync());
        never.SetResult();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("whole", Assert.Single(frames.Select(f => RenderResult.Parser.ParseFrom(f.Payload))).RequestId);
        Assert.Equal("4", RawGrpc.StatusHeader(response, "grpc-status")); // DEADLINE_EXCEEDED
        Assert.Contains("RenderBatch message", Uri.UnescapeDataString(RawGrpc.StatusHeader(response, "grpc-message") ?? ""));
    }
}

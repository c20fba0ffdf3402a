using System.Runtime.CompilerServices;
using DocGen.Api;
using DocGen.Protos.V1;

namespace DocGen.Api.Tests;

public class BatchPipelineTests
{
    private static RenderRequest Request(string id) => new() { RequestId = id, SiteCode = "2111000031" };

    private static async IAsyncEnumerable<RenderRequest> Requests(IEnumerable<string> ids, Action<string>? onRead = null)
    {
        foreach (var id in ids)
        {
            onRead?.Invoke(id);
            await Task.Yield();
            yield return Request(id);
        }
    }

    private static async Task<List<RenderResult>> RunAsync(BatchPipeline pipeline, IAsyncEnumerable<RenderRequest> requests, CancellationToken ct = default)
    {
        var results = new List<RenderResult>();
        await pipeline.RunAsync(requests, (r, _) => { lock (results) results.Add(r); return Task.CompletedTask; }, ct);
        return results;
    }

    [Fact]
    public async Task RunAsync_MixedOutcomes_OneResultPerRequestWithItsId()
    {
        var pipeline = new BatchPipeline((request, _) => request.RequestId switch
        {
            "bad" => throw new ApiException(ApiStatusCode.InvalidArgument, "report is required"),
            "unknown-site" => throw new ApiException(ApiStatusCode.NotFound, "site_code \"9999999999\" names no configured site"),
            "crash" => throw new InvalidOperationException("boom"),
            _ => Task.FromResult(new RenderResponse { RequestId = request.RequestId }),
        }, window: 3);
        var ids = new[] { "a", "bad", "b", "unknown-site", "crash", "c" };

        var results = await RunAsync(pipeline, Requests(ids));

        Assert.Equal(ids.Order(), results.Select(r => r.RequestId).Order());
        Assert.Equal(RenderResult.OutcomeOneofCase.Response, results.Single(r => r.RequestId == "a").OutcomeCase);
        Assert.Equal(3, results.Single(r => r.RequestId == "bad").Error.Code);
        Assert.Equal(5, results.Single(r => r.RequestId == "unknown-site").Error.Code);
        var crash = results.Single(r => r.RequestId == "crash").Error;
        Assert.Equal(13, crash.Code);
        Assert.Contains("boom", crash.Message);
    }

    [Fact]
    public async Task RunAsync_OneRenderOutOfMemory_ThatOneFailsAndTheRestAreWritten()
    {
        var pipeline = new BatchPipeline((request, _) => request.RequestId == "huge"
            ? throw new OutOfMemoryException("Insufficient memory to continue the execution of the program.")
            : Task.FromResult(new RenderResponse { RequestId = request.RequestId }), window: 2);
        var ids = new[] { "a", "huge", "b", "c" };

        var results = await RunAsync(pipeline, Requests(ids));

        Assert.Equal(ids.Order(), results.Select(r => r.RequestId).Order());
        var huge = results.Single(r => r.RequestId == "huge").Error;
        Assert.Equal(13, huge.Code);
        Assert.Contains("OutOfMemoryException", huge.Message);
    }

    [Fact]
    public async Task RunAsync_WindowFull_StopsReadingUntilAResultIsWritten()
    {
        var release = new TaskCompletionSource();
        var read = 0;
        var pipeline = new BatchPipeline(async (request, ct) =>
        {
            await release.Task.WaitAsync(ct);
            return new RenderResponse { RequestId = request.RequestId };
        }, window: 4);

        var run = RunAsync(pipeline, Requests(Enumerable.Range(0, 100).Select(i => $"r{i}"), _ => Interlocked.Increment(ref read)));
        await WaitUntil(() => Volatile.Read(ref read) >= 5);
        await Task.Delay(100); // give a runaway reader the chance to show itself
        var readWhileBlocked = Volatile.Read(ref read);
        release.SetResult();
        var results = await run;

        // The fifth request is read, then the pipeline waits for a slot instead of reading on.
        Assert.Equal(5, readWhileBlocked);
        Assert.Equal(100, results.Count);
    }

    [Fact]
    public async Task RunAsync_Cancelled_StopsAndThrows()
    {
        using var cts = new CancellationTokenSource();
        var started = 0;
        var pipeline = new BatchPipeline(async (request, ct) =>
        {
            Interlocked.Increment(ref started);
            await Task.Delay(Timeout.Infinite, ct);
            return new RenderResponse();
        }, window: 2);

        var run = RunAsync(pipeline, Requests(Enumerable.Range(0, 50).Select(i => $"r{i}")), cts.Token);
        await WaitUntil(() => Volatile.Read(ref started) == 2);
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(2, started);
    }

    [Fact]
    public async Task RunAsync_WriterFails_StopsTheBatch()
    {
        var pipeline = new BatchPipeline((request, _) => Task.FromResult(new RenderResponse { RequestId = request.RequestId }), window: 2);

        var run = pipeline.RunAsync(Requests(Enumerable.Range(0, 1000).Select(i => $"r{i}")),
            (_, _) => throw new IOException("the client went away"), CancellationToken.None);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public async Task RunAsync_MixedOutcomes_EachRequestDoneOnceAfterItsResultIsWritten()
    {
        var pipeline = new BatchPipeline((request, _) => request.RequestId == "bad"
            ? throw new InvalidOperationException("boom")
            : Task.FromResult(new RenderResponse { RequestId = request.RequestId }), window: 2);
        var written = new HashSet<string>();
        var done = new List<(string Id, bool Written)>();

        await pipeline.RunAsync(Requests(["a", "bad", "b", "c"]),
            (r, _) => { lock (written) written.Add(r.RequestId); return Task.CompletedTask; },
            CancellationToken.None,
            request => { lock (written) done.Add((request.RequestId, written.Contains(request.RequestId))); });

        Assert.Equal(["a", "b", "bad", "c"], done.Select(d => d.Id).Order());
        Assert.All(done, d => Assert.True(d.Written, $"{d.Id} done before its result was written"));
    }

    private static async Task WaitUntil(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? what = null)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition(), $"timed out waiting for {what}");
    }
}

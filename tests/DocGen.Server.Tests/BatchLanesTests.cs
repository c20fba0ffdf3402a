using System.Collections.Concurrent;
using DocGen.Cli.Backends;
using DocGen.Protos.V1;

namespace DocGen.Server.Tests;

/// <summary>
/// <see cref="BatchLanes"/> against scripted calls: how requests are spread, what is resent when a
/// call fails, and when the batch gives up. Over real replicas: <see cref="BatchAcrossReplicasTests"/>.
/// </summary>
public sealed class BatchLanesTests
{
    private const int Unavailable = 14;

    private static async IAsyncEnumerable<RenderRequest> Requests(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new RenderRequest { RequestId = $"r{i:D4}" };
            await Task.Yield();
        }
    }

    private static RenderResult Answer(RenderRequest request) => new() { RequestId = request.RequestId, Response = new RenderResponse() };

    private static async Task<ConcurrentDictionary<string, int>> RunAsync(BatchLanes lanes, int count)
    {
        var results = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        await lanes.RunAsync(Requests(count), (result, _) =>
        {
            results.AddOrUpdate(result.RequestId, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }, CancellationToken.None);
        return results;
    }

    [Fact]
    public async Task RunAsync_EveryCallAnswers_EachRequestOnceInChunksOnSeveralCalls()
    {
        var calls = new ConcurrentBag<int>();
        var lanes = new BatchLanes(async (chunk, onResult, _) =>
        {
            calls.Add(chunk.Count);
            foreach (var request in chunk) await onResult(Answer(request), "replica");
        }, lanes: 4, chunkSize: 10);

        var results = await RunAsync(lanes, 95);

        Assert.Equal(95, results.Count);
        Assert.All(results.Values, n => Assert.Equal(1, n));
        Assert.Equal(10, calls.Count);
        Assert.Equal(95, calls.Sum());
    }

    [Fact]
    public async Task RunAsync_CallFailsUnavailableHalfway_ResendsOnlyTheUnansweredOnANewCall()
    {
        var sent = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var failedOnce = 0;
        var lanes = new BatchLanes(async (chunk, onResult, _) =>
        {
            foreach (var request in chunk) sent.AddOrUpdate(request.RequestId, 1, (_, n) => n + 1);
            var dies = Interlocked.Exchange(ref failedOnce, 1) == 0; // the first call's replica goes away after 3 answers
            for (var i = 0; i < chunk.Count; i++)
            {
                if (dies && i == 3) throw new BackendException(Unavailable, "connection reset", []);
                await onResult(Answer(chunk[i]), dies ? "lost" : "kept");
            }
        }, lanes: 1, chunkSize: 8);

        var results = await RunAsync(lanes, 8);

        Assert.Equal(8, results.Count);
        Assert.All(results.Values, n => Assert.Equal(1, n));
        Assert.Equal([1, 1, 1, 2, 2, 2, 2, 2], sent.OrderBy(s => s.Key).Select(s => s.Value));
    }

    [Fact]
    public async Task RunAsync_EveryCallUnavailable_GivesUpAfterTheLastAttempt()
    {
        var attempts = 0;
        var lanes = new BatchLanes((_, _, _) =>
        {
            Interlocked.Increment(ref attempts);
            throw new BackendException(Unavailable, "no replica", []);
        }, lanes: 1, chunkSize: 8, maxAttempts: 3);

        var e = await Assert.ThrowsAsync<BackendException>(() => RunAsync(lanes, 8));

        Assert.Equal(Unavailable, e.Code);
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task RunAsync_CallRefusedForAnotherReason_StopsEveryLaneWithoutResending()
    {
        var calls = 0;
        var lanes = new BatchLanes(async (chunk, onResult, ct) =>
        {
            if (Interlocked.Increment(ref calls) == 1) throw new BackendException(8, "too many calls", []); // RESOURCE_EXHAUSTED
            foreach (var request in chunk)
            {
                await Task.Delay(1, ct);
                await onResult(Answer(request), "replica");
            }
        }, lanes: 2, chunkSize: 4);

        var e = await Assert.ThrowsAsync<BackendException>(() => RunAsync(lanes, 400));

        Assert.Equal(8, e.Code);
        Assert.True(calls < 100, $"{calls} calls: the other lane went on to the end");
    }
}

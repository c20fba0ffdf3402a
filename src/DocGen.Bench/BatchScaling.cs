using System.Collections.Concurrent;
using System.Diagnostics;
using DocGen.Bench.Support;
using DocGen.Cli.Backends;
using DocGen.Protos.V1;

namespace DocGen.Bench;

/// <summary>
/// <c>batch --servers 1,2,3</c>: the same batch through <c>docgen batch</c>'s backend
/// (<c>static:///</c> over 1, 2, 3 … server processes on this machine). Reports reports/s per
/// replica count, and each replica's share and CPU (cores busy), from which the scaling on
/// separate machines can be read off: here the replicas share this machine's cores.
/// </summary>
internal static class BatchScaling
{
    public static async Task<int> RunAsync(int[] replicaCounts, int reports, CancellationToken cancellationToken)
    {
        Console.WriteLine($"docgen batch backend, {reports} reports (4 fixtures, varied figures, HTML_PAGE+PDF) over static:/// replicas on this machine, {Environment.ProcessorCount} cores");
        var ok = true;
        foreach (var count in replicaCounts)
        {
            var servers = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => ServerProcess.StartAsync(cancellationToken)));
            try
            {
                ok &= await RunOnceAsync(servers, reports, cancellationToken);
            }
            finally
            {
                foreach (var server in servers) await server.DisposeAsync();
            }
        }
        return ok ? 0 : 1;
    }

    private static async Task<bool> RunOnceAsync(ServerProcess[] servers, int reports, CancellationToken cancellationToken)
    {
        var target = "static:///" + string.Join(',', servers.Select(s => s.Address["http://".Length..]));
        await using var backend = new ServerBackend(target);
        var perRequest = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var perReplica = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var failed = 0;
        var cpuBefore = servers.Select(s => s.CpuSeconds).ToArray();
        var clock = Stopwatch.StartNew();

        await backend.RenderBatchAsync(Requests(reports), (result, replica) =>
        {
            perRequest.AddOrUpdate(result.RequestId, 1, (_, n) => n + 1);
            perReplica.AddOrUpdate(replica ?? "?", 1, (_, n) => n + 1);
            if (result.OutcomeCase != RenderResult.OutcomeOneofCase.Response) Interlocked.Increment(ref failed);
            return Task.CompletedTask;
        }, cancellationToken);
        clock.Stop();

        var seconds = clock.Elapsed.TotalSeconds;
        var missing = reports - perRequest.Count;
        var duplicated = perRequest.Values.Count(n => n > 1);
        Console.WriteLine($"{servers.Length} replica(s): {reports / seconds,6:0.0} reports/s ({seconds:0.0} s); {missing} missing, {duplicated} duplicated, {failed} failed");
        for (var i = 0; i < servers.Length; i++)
        {
            var replica = servers[i].Address["http://".Length..];
            var cpu = servers[i].CpuSeconds - cpuBefore[i];
            var rendered = perReplica.GetValueOrDefault(replica);
            // Reports per CPU-second: what one replica does per core when it has the core to itself.
            Console.WriteLine($"  {replica}: {rendered,6} reports, {rendered / seconds,6:0.0} reports/s, CPU {cpu / seconds:0.00} cores " +
                              $"({rendered / Math.Max(cpu, 1e-3):0.0} reports per CPU-second), peak RSS {servers[i].PeakRssMiB:0} MiB");
        }
        return missing == 0 && duplicated == 0 && failed == 0;
    }

    private static async IAsyncEnumerable<RenderRequest> Requests(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return VariedReports.Mixed(i, OutputFormat.HtmlPage, OutputFormat.Pdf);
            await Task.Yield();
        }
    }
}

using System.Collections.Concurrent;
using DocGen.Cli.Backends;
using DocGen.Cli.Batch;
using DocGen.Protos.V1;

namespace DocGen.Cli.Commands;

/// <summary>
/// <c>docgen batch DIR|FILE.jsonl -o OUT [--shard K/N]</c>: regenerates an archive, or worker K's
/// share of it. Every request ends as written (with its validation findings listed and kept in its
/// receipt), skipped (already up to date), failed, or — when the batch stopped early — not sent;
/// the summary lists every failure and the exit status is 1 unless every request was written or
/// up to date. Consecutive years of one agency in the input are checked against each other
/// (<see cref="CrossYearCheck"/>) and every mismatch listed; like other findings, they fail nothing.
/// </summary>
public static class BatchCommand
{
    public static async Task<int> RunAsync(CliArguments args, IReportBackend backend, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var input = args.RequirePositional(0, "the input folder of request JSON files, or a JSON-lines file");
        var store = new OutputStore(args.Option("output") ?? throw new CliUsageException("missing -o OUT (the output folder)"));
        var shard = args.Option("shard") is { } shardText ? BatchShard.Parse(shardText) : BatchShard.All;
        // A shard's size needs every request_id, so its count parses the input once more (cheap beside rendering).
        var total = shard == BatchShard.All ? RequestSource.Count(input) : RequestSource.Read(input).Count(i => shard.Contains(i.RequestId));
        if (shard != BatchShard.All) stderr.WriteLine($"shard {shard.Index}/{shard.Count}: {total} request(s) of {input}");
        var progress = new ProgressReporter(total, stderr, interactive: !Console.IsErrorRedirected);
        var failures = new ConcurrentQueue<string>();
        var withFindings = new ConcurrentQueue<(string Id, IReadOnlyList<Finding> Findings)>();
        var written = 0;
        var skipped = 0;
        var seenIds = new Dictionary<string, string>(StringComparer.Ordinal); // output name → the input that claimed it
        var pending = new Dictionary<string, RenderRequest>(StringComparer.Ordinal);

        void Fail(string id, string why, string? replica = null)
        {
            failures.Enqueue($"{id}: {why}");
            progress.Completed(failed: true, skipped: false, replica);
        }

        async IAsyncEnumerable<RenderRequest> ToRender()
        {
            foreach (var item in RequestSource.Read(input).Where(i => shard.Contains(i.RequestId)))
            {
                if (item.Request is null) { Fail(item.RequestId, item.ReadError!); continue; }
                var id = item.Request.RequestId;
                // Two requests writing one file would silently overwrite each other.
                if (!seenIds.TryAdd(OutputStore.SafeName(id), item.Source))
                {
                    failures.Enqueue($"{item.Source}: duplicate request_id \"{id}\", already used by {seenIds[OutputStore.SafeName(id)]} (outputs would collide)");
                    progress.Completed(failed: true, skipped: false);
                    continue;
                }
                if (store.IsUpToDate(item.Request)) { Interlocked.Increment(ref skipped); progress.Completed(failed: false, skipped: true); continue; }
                lock (pending) pending[id] = item.Request;
                yield return item.Request;
                await Task.CompletedTask;
            }
        }

        string? stoppedBecause = null;
        try
        {
            await RenderAllAsync();
        }
        catch (BackendException e)
        {
            // The server went away or refused the whole call: what had no result is counted below.
            stoppedBecause = $"{StatusNames.Of(e.Code)}: {e.Message}";
        }

        Task RenderAllAsync() => backend.RenderBatchAsync(ToRender(), (result, replica) =>
        {
            RenderRequest? request;
            lock (pending) pending.Remove(result.RequestId, out request);
            if (request is null) { failures.Enqueue($"{result.RequestId}: a result for a request that was not sent"); return Task.CompletedTask; }
            if (result.OutcomeCase == RenderResult.OutcomeOneofCase.Response)
            {
                store.Write(request, result.Response);
                if (result.Response.Findings.Count > 0) withFindings.Enqueue((result.RequestId, result.Response.Findings));
                Interlocked.Increment(ref written);
                progress.Completed(failed: false, skipped: false, replica);
            }
            else
            {
                Fail(result.RequestId, $"{StatusNames.Of(result.Error?.Code ?? 2)}: {result.Error?.Message}", replica);
            }
            return Task.CompletedTask;
        }, ct);

        // A batch that ran to its end answers every request it sent; one missing is a failure, never silent.
        if (stoppedBecause is null)
            foreach (var id in pending.Keys) failures.Enqueue($"{id}: no result came back");
        progress.Finish();
        if (stoppedBecause is not null) stdout.WriteLine($"batch stopped early: {stoppedBecause}");
        var notSent = total - written - skipped - failures.Count;
        stdout.WriteLine($"batch: {total} request(s): {written} written, {skipped} up to date, {failures.Count} failed");
        if (notSent > 0) stdout.WriteLine($"not sent: {notSent} request(s); re-run to resume");
        if (progress.ByReplica.Count > 1)
            stdout.WriteLine("  by replica: " + string.Join(", ", progress.ByReplica.Select(r => $"{r.Key} {r.Value}")));
        foreach (var (id, findings) in withFindings.OrderBy(w => w.Id, StringComparer.Ordinal))
        {
            var errors = findings.Count(f => f.Severity == Finding.Types.Severity.Error);
            stdout.WriteLine($"  written {id} with {errors} error(s), {findings.Count - errors} warning(s):");
            FindingsPrinter.Print(findings, stdout);
        }
        PrintCrossYear(CrossYearCheck.Run(RequestSource.Read(input), shard), stdout);
        foreach (var failure in failures) stdout.WriteLine($"  failed {failure}");
        return failures.Count == 0 && notSent == 0 ? 0 : 1;
    }

    private static void PrintCrossYear(IReadOnlyList<CrossYearMismatch> mismatches, TextWriter stdout)
    {
        if (mismatches.Count == 0) return;
        stdout.WriteLine($"cross-year: {mismatches.Count} request(s) whose 上年结转 is not the year before's 结转下年度继续办理:");
        foreach (var m in mismatches)
        {
            stdout.WriteLine($"  {m.RequestId} ({m.Year}) against {m.PreviousRequestId} ({m.PreviousYear}):");
            FindingsPrinter.Print(m.Findings, stdout);
        }
    }
}

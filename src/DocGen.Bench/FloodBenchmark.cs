using System.Diagnostics;
using DocGen.Bench.Support;
using DocGen.Protos.V1;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace DocGen.Bench;

/// <summary>
/// Issue 14's memory attacks against the real server process, sampling its RSS from /proc:
/// "flood", streams on one or more connections each declaring a Render message at the receive
/// limit and sending all but its last byte, held; and "queue", Render calls padded with unknown
/// fields up to the limit waiting behind busy renders. During each, a normal Render is sent every
/// second on a connection of its own; after each, RSS is sampled every second.
/// Targets: peak RSS ≤ 1 GB during the attack, &lt; 500 MB 60 s after it.
/// </summary>
public sealed class FloodBenchmark : IBenchmark
{
    private const string Render = "/docgen.v1.ReportService/Render";

    public string Name => "flood";

    public string Description => "partial-message flood and padded queue against the server process: RSS during and after (--attack flood,queue --streams 100 --connections 1 --hold 20 --after 60 --queue 24 --queue-connections 4 --duration 0)";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new BenchArguments(args);
        var attacks = (options.Option("attack") ?? "flood,queue").Split(',');
        var streams = options.Int("streams", 100);
        var connections = options.Int("connections", 1);
        var declared = (uint)options.Int("declared", DocGen.Api.RequestLimits.MessageBytes);
        var hold = TimeSpan.FromSeconds(options.Seconds("hold", 20));
        var after = options.Int("after", 60);
        var queued = options.Int("queue", 24);

        await using var server = await ServerProcess.StartAsync(cancellationToken);
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { MaxReceiveMessageSize = 64 << 20 });
        var client = new ReportService.ReportServiceClient(channel);
        for (var i = 0; i < 20; i++) await client.RenderAsync(VariedReports.Busy(i, OutputFormat.HtmlPage, OutputFormat.Pdf), cancellationToken: cancellationToken);
        Console.WriteLine($"server {server.Address}, GC settings from the environment: {GcEnvironment()}");
        Console.WriteLine($"after 20 warm-up renders: RSS {server.RssMiB:0} MiB, peak {server.PeakRssMiB:0} MiB");

        foreach (var attack in attacks)
        {
            server.ResetPeakRss();
            using var stopProbes = new CancellationTokenSource();
            var probes = ProbeAsync(client, stopProbes.Token);
            var sampler = new RssSampler(server);
            var outcome = attack switch
            {
                "flood" => await FloodAsync(server.Address, streams, connections, declared, hold, sampler, cancellationToken),
                "queue" => await QueueAsync(server.Address, client, queued, options.Int("queue-connections", 4), sampler, cancellationToken),
                _ => throw new ArgumentException($"--attack: flood or queue, not {attack}"),
            };
            await stopProbes.CancelAsync();
            var (ok, failed) = await probes;
            Console.WriteLine($"{attack}: {outcome}");
            Console.WriteLine($"{attack}: peak RSS {Math.Max(sampler.Peak, server.PeakRssMiB):0} MiB (VmHWM {server.PeakRssMiB:0}); normal Renders during it: {ok} OK, {failed.Count} failed{(failed.Count > 0 ? " (" + string.Join(", ", failed.GroupBy(s => s).Select(g => $"{g.Count()} {g.Key}")) + ")" : "")}");
            var clock = Stopwatch.StartNew();
            var marks = new List<string>();
            for (var second = 1; second <= after; second++)
            {
                await Task.Delay(TimeSpan.FromSeconds(second) - clock.Elapsed, cancellationToken);
                if (second is 1 or 5 or 10 or 30 or 60 || second == after) marks.Add($"{second} s {server.RssMiB:0}");
            }
            Console.WriteLine($"{attack}: RSS MiB after it: {string.Join(", ", marks)}");
        }
        using var final = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { MaxReceiveMessageSize = 64 << 20 });
        server.ResetPeakRss();
        var cpu = server.CpuSeconds;
        var rendered = await ThroughputAsync(new ReportService.ReportServiceClient(final), TimeSpan.FromSeconds(options.Seconds("duration", 0)), cancellationToken);
        if (rendered is { } r) Console.WriteLine($"then 32 concurrent Renders: {r.Reports / r.Seconds:0.0} reports/s, {1000 * (server.CpuSeconds - cpu) / Math.Max(1, r.Reports):0.0} server CPU ms per report, peak RSS {server.PeakRssMiB:0} MiB");
        return 0;
    }

    private static string GcEnvironment() =>
        string.Join(' ', Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.StartsWith("DOTNET_GC", StringComparison.OrdinalIgnoreCase) || k.StartsWith("DOTNET_gc", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(k => $"{k}={Environment.GetEnvironmentVariable(k)}").DefaultIfEmpty("(none: the server's runtimeconfig)"));

    private static async Task<string> FloodAsync(string address, int streams, int connections, uint declared, TimeSpan hold, RssSampler sampler, CancellationToken cancellationToken)
    {
        var release = new TaskCompletionSource();
        using var attackers = new CancellationTokenSource();
        var clients = Enumerable.Range(0, connections).Select(_ => PartialMessages.H2cClient(address)).ToArray();
        var calls = clients.SelectMany(http => Enumerable.Range(0, streams).Select(async _ =>
        {
            try
            {
                using var response = await http.SendAsync(PartialMessages.Request(Render, declared, (int)declared - 1, release.Task),
                    HttpCompletionOption.ResponseHeadersRead, attackers.Token);
                await response.Content.CopyToAsync(Stream.Null, attackers.Token);
                return PartialMessages.Status(response) ?? "no status";
            }
            catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
            {
                return "held until closed (or waiting for a stream)";
            }
        })).ToArray();
        await sampler.RunAsync(hold, cancellationToken);
        await attackers.CancelAsync();
        release.SetResult();
        var statuses = await Task.WhenAll(calls);
        foreach (var http in clients) http.Dispose();
        var counts = string.Join(", ", statuses.GroupBy(s => s).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {Named(g.Key)}"));
        return $"{connections} connection(s) × {streams} streams declaring {declared:N0} bytes, {(int)declared - 1:N0} sent, held {hold.TotalSeconds:0} s: {counts}";
    }

    private static async Task<string> QueueAsync(string address, ReportService.ReportServiceClient client, int queued, int connections, RssSampler sampler, CancellationToken cancellationToken)
    {
        // The largest report in every slot (1,750 pages: seconds each), the padded calls queued behind them.
        var busy = Enumerable.Range(0, Environment.ProcessorCount).Select(i => Outcome(client.RenderAsync(
            HostileReports.Largest($"busy-{i}"), cancellationToken: cancellationToken).ResponseAsync)).ToArray();
        await Task.Delay(500, cancellationToken);
        var channels = Enumerable.Range(0, connections).Select(_ => GrpcChannel.ForAddress(address)).ToArray();
        var padded = Enumerable.Range(0, queued).Select(i => Outcome(new ReportService.ReportServiceClient(channels[i % connections]).RenderAsync(
            Padded(VariedReports.Busy(i, OutputFormat.HtmlPage), DocGen.Api.RequestLimits.MessageBytes), cancellationToken: cancellationToken).ResponseAsync)).ToArray();
        var all = Task.WhenAll(busy.Concat(padded));
        await sampler.RunUntilAsync(all, cancellationToken);
        var statuses = await Task.WhenAll(padded);
        foreach (var channel in channels) channel.Dispose();
        var counts = string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Count()} {g.Key}"));
        return $"{queued} Render calls on {connections} connections padded to {DocGen.Api.RequestLimits.MessageBytes:N0} bytes behind {busy.Length} of the largest report: {counts}";
    }

    /// <summary>The request with an unknown length-delimited field (number 9999) making its message <paramref name="size"/> bytes.</summary>
    private static RenderRequest Padded(RenderRequest request, int size)
    {
        var bytes = request.ToByteArray();
        var padding = size - bytes.Length - 16; // tag and length varints
        var tail = new MemoryStream();
        var output = new CodedOutputStream(tail);
        output.WriteTag(9999, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(ByteString.CopyFrom(new byte[padding]));
        output.Flush();
        return RenderRequest.Parser.ParseFrom([.. bytes, .. tail.ToArray()]);
    }

    private static async Task<string> Outcome(Task call)
    {
        try
        {
            await call;
            return "OK";
        }
        catch (RpcException e)
        {
            return e.StatusCode.ToString();
        }
    }

    private static async Task<(int Ok, List<string> Failed)> ProbeAsync(ReportService.ReportServiceClient client, CancellationToken stop)
    {
        var ok = 0;
        var failed = new List<string>();
        var index = 1_000_000;
        while (!stop.IsCancellationRequested)
        {
            var outcome = await Outcome(client.RenderAsync(VariedReports.Busy(index++, OutputFormat.HtmlPage, OutputFormat.Pdf),
                deadline: DateTime.UtcNow.AddSeconds(20)).ResponseAsync);
            if (outcome == "OK") ok++;
            else failed.Add(outcome);
            try { await Task.Delay(1000, stop); } catch (OperationCanceledException) { }
        }
        return (ok, failed);
    }

    private static async Task<(int Reports, double Seconds)?> ThroughputAsync(ReportService.ReportServiceClient client, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (duration <= TimeSpan.Zero) return null;
        var reports = 0;
        var next = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(duration);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (await Outcome(client.RenderAsync(VariedReports.Busy(Interlocked.Increment(ref next), OutputFormat.HtmlPage, OutputFormat.Pdf)).ResponseAsync) == "OK")
                    Interlocked.Increment(ref reports);
            }
        }, CancellationToken.None)));
        return (reports, clock.Elapsed.TotalSeconds);
    }

    private static string Named(string grpcStatus) => grpcStatus switch
    {
        "4" => "DEADLINE_EXCEEDED",
        "8" => "RESOURCE_EXHAUSTED",
        _ => grpcStatus,
    };

    /// <summary>The server's RSS every 250 ms, keeping the highest.</summary>
    private sealed class RssSampler(ServerProcess server)
    {
        public double Peak { get; private set; }

        public Task RunAsync(TimeSpan duration, CancellationToken cancellationToken) =>
            RunUntilAsync(Task.Delay(duration, cancellationToken), cancellationToken);

        public async Task RunUntilAsync(Task done, CancellationToken cancellationToken)
        {
            while (!done.IsCompleted)
            {
                Peak = Math.Max(Peak, server.RssMiB);
                await Task.WhenAny(done, Task.Delay(250, cancellationToken));
            }
            Peak = Math.Max(Peak, server.RssMiB);
        }
    }
}

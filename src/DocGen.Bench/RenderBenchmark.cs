using System.Diagnostics;
using DocGen.Bench.Support;
using DocGen.Protos.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace DocGen.Bench;

/// <summary>
/// Render over gRPC against the real server process: HTML page + PDF of synthetic-busy-2023 (figures
/// varied per call) at 1, 8 and 32 concurrent calls. Target on 2 cores: ≥ 50 reports/s.
/// </summary>
public sealed class RenderBenchmark : IBenchmark
{
    public string Name => "render";

    public string Description => "Render HTML+PDF over gRPC to the server process at 1/8/32 concurrent calls (--duration s, --concurrency 1,8,32)";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new BenchArguments(args);
        var duration = TimeSpan.FromSeconds(options.Seconds("duration", 20));
        var warmup = TimeSpan.FromSeconds(options.Seconds("warmup", 5));
        var levels = options.Ints("concurrency", [1, 8, 32]);

        await using var server = await ServerProcess.StartAsync(cancellationToken);
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { MaxReceiveMessageSize = 64 << 20 });
        Console.WriteLine($"Render HTML_PAGE+PDF of synthetic-busy-2023 (varied figures) over gRPC to {server.Address}, {Environment.ProcessorCount} cores");
        var client = new ReportService.ReportServiceClient(channel);
        await DriveAsync(client, 8, warmup, cancellationToken);
        Console.WriteLine($"{"calls",8} {"reports",8} {"reports/s",10} {"p50 ms",8} {"p99 ms",8} {"errors",7} {"server RSS MiB",15}");
        foreach (var concurrency in levels)
        {
            var (samples, elapsed, errors) = await DriveAsync(client, concurrency, duration, cancellationToken);
            Console.WriteLine($"{concurrency,8} {samples.Count,8} {samples.Count / elapsed.TotalSeconds,10:0.0} {samples.Percentile(0.50),8:0.0} {samples.Percentile(0.99),8:0.0} {errors,7} {server.RssMiB,15:0}");
        }
        Console.WriteLine($"server peak RSS {server.PeakRssMiB:0} MiB");
        return 0;
    }

    private static async Task<(LatencySamples, TimeSpan, int)> DriveAsync(ReportService.ReportServiceClient client, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        var samples = new LatencySamples();
        var errors = 0;
        var next = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(duration);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var request = VariedReports.Busy(Interlocked.Increment(ref next), OutputFormat.HtmlPage, OutputFormat.Pdf);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var response = await client.RenderAsync(request);
                    if (response.Pdf.IsEmpty || response.Html.Length == 0) Interlocked.Increment(ref errors);
                    else samples.AddSince(started);
                }
                catch (RpcException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }, CancellationToken.None)));
        return (samples, clock.Elapsed, errors);
    }
}

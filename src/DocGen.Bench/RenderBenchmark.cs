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
/// <remarks>
/// A fresh server spends its first tens of seconds under this load compiling its hot paths again
/// (tiered JIT: quick code, then instrumented, then optimised; on 2 busy cores the background JIT
/// took a quarter of the server's CPU 15–35 s in): a few seconds' warm-up measured the JIT, and the
/// level measured first looked slowest. So the warm-up lasts 90 s and then until the server's
/// CPU per report holds steady (three 5-s windows within 10%), and each level reports that CPU,
/// which load from other processes distorts far less than reports/s.
/// </remarks>
public sealed class RenderBenchmark : IBenchmark
{
    private static readonly TimeSpan WarmupWindow = TimeSpan.FromSeconds(5);

    public string Name => "render";

    public string Description =>
        "Render HTML+PDF over gRPC to the server process at 1/8/32 concurrent calls (--duration s, --concurrency 1,8,32; --formats html_page,pdf, e.g. html_page alone for what a Render costs outside the PDF; warm-up until the server's CPU per report is steady, at least --warmup s, at most --max-warmup s)";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new BenchArguments(args);
        var duration = TimeSpan.FromSeconds(options.Seconds("duration", 20));
        var minWarmup = TimeSpan.FromSeconds(options.Seconds("warmup", 90));
        var maxWarmup = TimeSpan.FromSeconds(options.Seconds("max-warmup", 180));
        var levels = options.Ints("concurrency", [1, 8, 32]);
        var formats = Formats(options.Option("formats") ?? "html_page,pdf");
        var validateFlood = options.Ints("validate-flood", [0])[0];

        await using var server = await ServerProcess.StartAsync(cancellationToken);
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { MaxReceiveMessageSize = 64 << 20 });
        Console.WriteLine($"Render {string.Join('+', formats)} of synthetic-busy-2023 (varied figures) over gRPC to {server.Address}, {Environment.ProcessorCount} cores");
        var client = new ReportService.ReportServiceClient(channel);
        await WarmUpAsync(client, server, formats, levels.Max(), minWarmup, maxWarmup, cancellationToken);
        Console.WriteLine($"{"calls",8} {"reports",8} {"reports/s",10} {"p50 ms",8} {"p99 ms",8} {"errors",7} {"server CPU ms/report",21} {"bench CPU ms/report",20} {"server RSS MiB",15}");
        foreach (var concurrency in levels)
        {
            var level = await MeasureAsync(client, server, formats, concurrency, duration, cancellationToken);
            Console.WriteLine($"{concurrency,8} {level.Samples.Count,8} {level.Samples.Count / level.Elapsed.TotalSeconds,10:0.0} {level.Samples.Percentile(0.50),8:0.0} {level.Samples.Percentile(0.99),8:0.0} {level.Errors,7} {level.ServerCpuMs,21:0.0} {level.BenchCpuMs,20:0.0} {server.RssMiB,15:0}");
            if (validateFlood <= 0) continue;
            using var flooding = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var flood = ValidateFloodAsync(client, validateFlood, flooding.Token);
            var under = await MeasureAsync(client, server, formats, concurrency, duration, cancellationToken);
            await flooding.CancelAsync();
            var (validated, refused) = await flood;
            Console.WriteLine($"{concurrency,8} {under.Samples.Count,8} {under.Samples.Count / under.Elapsed.TotalSeconds,10:0.0} {under.Samples.Percentile(0.50),8:0.0} {under.Samples.Percentile(0.99),8:0.0} {under.Errors,7} {under.ServerCpuMs,21:0.0} {under.BenchCpuMs,20:0.0} {server.RssMiB,15:0}"
                + $"  under {validateFlood} Validate callers: {validated} validated, {refused} refused; p99 {under.Samples.Percentile(0.99) / Math.Max(0.001, level.Samples.Percentile(0.99)):0.00}× quiet");
        }
        Console.WriteLine($"server peak RSS {server.PeakRssMiB:0} MiB");
        return 0;
    }

    /// <summary>Renders in windows of a few seconds until the server's CPU per report holds steady over three of them.</summary>
    private static async Task WarmUpAsync(ReportService.ReportServiceClient client, ServerProcess server, OutputFormat[] formats, int concurrency, TimeSpan min, TimeSpan max, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var windows = new List<double>();
        while (true)
        {
            var window = await MeasureAsync(client, server, formats, concurrency, WarmupWindow, cancellationToken);
            windows.Add(window.ServerCpuMs);
            var steady = windows.Count >= 3 && windows[^3..].Max() <= 1.1 * windows[^3..].Min();
            if ((steady && clock.Elapsed >= min) || clock.Elapsed >= max) break;
        }
        Console.WriteLine($"warm-up at {concurrency} calls, {clock.Elapsed.TotalSeconds:0} s, server CPU ms/report per {WarmupWindow.TotalSeconds:0} s: {string.Join(", ", windows.Select(w => w.ToString("0.0")))}");
    }

    private sealed record Level(LatencySamples Samples, TimeSpan Elapsed, int Errors, double ServerCpuMs, double BenchCpuMs);

    private static async Task<Level> MeasureAsync(ReportService.ReportServiceClient client, ServerProcess server, OutputFormat[] formats, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        var serverCpu = server.CpuSeconds;
        var benchCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (samples, elapsed, errors) = await DriveAsync(client, formats, concurrency, duration, cancellationToken);
        var reports = Math.Max(1, samples.Count);
        return new Level(samples, elapsed, errors,
            (server.CpuSeconds - serverCpu) * 1000 / reports,
            (Process.GetCurrentProcess().TotalProcessorTime - benchCpu).TotalMilliseconds / reports);
    }

    private static async Task<(LatencySamples, TimeSpan, int)> DriveAsync(ReportService.ReportServiceClient client, OutputFormat[] formats, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
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
                var request = VariedReports.Busy(Interlocked.Increment(ref next), formats);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var response = await client.RenderAsync(request);
                    if (!Answers(response, formats)) Interlocked.Increment(ref errors);
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

    /// <summary>Callers sending a heavy Validate (20,000 paragraphs of narrative) one after another until stopped: issue 24's flood.</summary>
    private static async Task<(int Validated, int Refused)> ValidateFloodAsync(ReportService.ReportServiceClient client, int callers, CancellationToken stop)
    {
        var report = VariedReports.Busy(0).Report;
        var paragraphs = new DocGen.Protos.V1.RichText { Html = new System.Text.StringBuilder().Insert(0, "<p>政务公开工作稳步推进，存在的主要问题及改进情况。</p>", 5_000).ToString() };
        (report.Preamble, report.Overview, report.Problems, report.OtherMatters) = (paragraphs, paragraphs, paragraphs, paragraphs);
        var request = new ValidateRequest { Report = report };
        var (validated, refused) = (0, 0);
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await client.ValidateAsync(request, cancellationToken: stop);
                    Interlocked.Increment(ref validated);
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.ResourceExhausted)
                {
                    Interlocked.Increment(ref refused);
                    // A refused caller retries at once, as the attack did.
                }
                catch (RpcException) when (stop.IsCancellationRequested)
                {
                }
            }
        }, CancellationToken.None)));
        return (validated, refused);
    }

    private static OutputFormat[] Formats(string text) => text.Split(',').Select(name => name.Trim().ToLowerInvariant() switch
    {
        "html_page" => OutputFormat.HtmlPage,
        "html_fragment" => OutputFormat.HtmlFragment,
        "pdf" => OutputFormat.Pdf,
        _ => throw new ArgumentException($"--formats: '{name}' is not html_page, html_fragment or pdf"),
    }).ToArray();

    /// <summary>Whether the response carries every output asked for.</summary>
    private static bool Answers(RenderResponse response, OutputFormat[] formats) =>
        (!formats.Contains(OutputFormat.Pdf) || !response.Pdf.IsEmpty)
        && (!formats.Contains(OutputFormat.HtmlPage) && !formats.Contains(OutputFormat.HtmlFragment) || response.Html.Length > 0);
}

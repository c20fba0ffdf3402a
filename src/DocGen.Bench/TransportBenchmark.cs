using System.Diagnostics;
using System.Globalization;
using System.Net;
using DocGen.Bench.Protos;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocGen.Bench;

/// <summary>
/// Small unary calls per second over loopback h2c: Grpc.Net.Client against Grpc.AspNetCore on
/// Kestrel, in one process, at several numbers of concurrent streams.
/// </summary>
public sealed class TransportBenchmark : IBenchmark
{
    private const string Path = "/bench.v1.Echo/Unary";
    private static readonly StringValue Request = new() { Value = "年度报告 2024" };

    public string Name => "transport";

    public string Description => "small unary gRPC calls/s over loopback at 1, 32, 128 streams (--duration S --warmup S --streams 1,32,128)";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var settings = Settings.Parse(args);
        await using var server = await StartServerAsync();
        var address = server.Urls.First();
        using var channel = GrpcChannel.ForAddress(address);
        var client = new Echo.EchoClient(channel);

        Console.WriteLine($"transport: unary {Path}, {Request.CalculateSize()}-byte request and reply, {address}, " +
                          $"{Environment.ProcessorCount} cores, warm-up {settings.Warmup.TotalSeconds:0}s, measure {settings.Duration.TotalSeconds:0}s");
        Console.WriteLine($"{"streams",8} {"calls",10} {"calls/s",10} {"p50 ms",8} {"p99 ms",8} {"errors",7} {"KB/call",8}");
        foreach (var streams in settings.Streams)
        {
            await DriveAsync(client, streams, settings.Warmup, cancellationToken);
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var result = await DriveAsync(client, streams, settings.Duration, cancellationToken);
            // Client and server share the process, so this is both ends of a call together.
            var kbPerCall = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / Math.Max(1, result.Calls);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{streams,8} {result.Calls,10} {result.CallsPerSecond,10:0} {result.Percentile(0.50),8:0.000} {result.Percentile(0.99),8:0.000} {result.Errors,7} {kbPerCall,8:0.0}"));
        }
        return 0;
    }

    private static async Task<WebApplication> StartServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        // No log providers: the per-call line is then skipped by IsEnabled, as in a host logging at Warning.
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var app = builder.Build();
        app.MapGrpcService<EchoService>();
        await app.StartAsync();
        return app;
    }

    private static async Task<RunResult> DriveAsync(Echo.EchoClient client, int streams, TimeSpan duration, CancellationToken cancellationToken)
    {
        var request = Request;
        var latencies = new List<long>[streams];
        var errors = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var clock = Stopwatch.StartNew();
        stop.CancelAfter(duration);

        var workers = new Task[streams];
        for (var i = 0; i < streams; i++)
        {
            var mine = latencies[i] = new List<long>(64 * 1024);
            workers[i] = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        await client.UnaryAsync(request);
                        mine.Add(Stopwatch.GetTimestamp() - started);
                    }
                    catch (RpcException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
            }, CancellationToken.None);
        }
        await Task.WhenAll(workers);
        clock.Stop();

        var all = new List<long>();
        foreach (var list in latencies) all.AddRange(list);
        all.Sort();
        return new RunResult(all, clock.Elapsed, errors);
    }

    private sealed class EchoService : Echo.EchoBase
    {
        public override Task<StringValue> Unary(StringValue request, ServerCallContext context) => Task.FromResult(request);
    }

    private sealed record RunResult(List<long> SortedTicks, TimeSpan Elapsed, int Errors)
    {
        public int Calls => SortedTicks.Count;
        public double CallsPerSecond => Calls / Elapsed.TotalSeconds;

        public double Percentile(double p) => SortedTicks.Count == 0
            ? double.NaN
            : SortedTicks[Math.Min(SortedTicks.Count - 1, (int)(p * SortedTicks.Count))] * 1000.0 / Stopwatch.Frequency;
    }

    private sealed record Settings(TimeSpan Duration, TimeSpan Warmup, int[] Streams)
    {
        public static Settings Parse(string[] args)
        {
            var settings = new Settings(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(3), [1, 32, 128]);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                settings = args[i] switch
                {
                    "--duration" => settings with { Duration = TimeSpan.FromSeconds(double.Parse(args[i + 1], CultureInfo.InvariantCulture)) },
                    "--warmup" => settings with { Warmup = TimeSpan.FromSeconds(double.Parse(args[i + 1], CultureInfo.InvariantCulture)) },
                    "--streams" => settings with { Streams = args[i + 1].Split(',').Select(int.Parse).ToArray() },
                    _ => throw new ArgumentException($"unknown option '{args[i]}'", nameof(args)),
                };
            }
            return settings;
        }
    }
}

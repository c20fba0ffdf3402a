using System.Diagnostics;
using DocGen.Contracts;
using DocGen.Core.Completion;
using DocGen.Core.Editions;
using DocGen.Core.Outline;
using DocGen.Core.Sites;
using DocGen.Bench.Support;
using DocGen.Pdf;
using DocGen.Rendering;

namespace DocGen.Bench;

/// <summary>
/// <c>docgen-bench pdf [--fixture NAME] [--profile standard|archive] [--iterations N] [--warmup S] [--max-warmup S] [--threads N] [--trace N] [--formats pdf|pdf,ofd|ofd]</c>:
/// renders one fixture to PDF in-process, first one render at a time (median and p90 per render,
/// warm; CPU time and bytes allocated per render, which the machine's other load cannot inflate),
/// then on N threads at once (renders per second). Layout, PDFsharp drawing and saving are all
/// timed; parsing the request and building the outline are not. <c>--trace N</c> renders N times
/// one after another and nothing else, for a profiler attached to the process
/// (<c>dotnet-trace collect --profile dotnet-sampled-thread-time -- docgen-bench pdf --trace 400</c>).
/// Warm means the tiered JIT has finished: 30 warm-up renders left the process compiling (CPU per
/// render 37–45 ms, median 25–29 ms, where the same build warm gives 14 ms and 10 ms), so the
/// warm-up lasts at least --warmup seconds (10) and until three windows of 50 renders agree on CPU
/// per render within 10% (at most --max-warmup seconds, 60).
/// </summary>
public sealed class PdfBenchmark : IBenchmark
{
    public string Name => "pdf";

    public string Description => "synthetic-busy-2023 (or --fixture) to PDF in-process: warm median, then parallel throughput";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var fixture = Option(args, "--fixture", "synthetic-busy-2023");
        var iterations = int.Parse(Option(args, "--iterations", "200"));
        var minWarmup = TimeSpan.FromSeconds(double.Parse(Option(args, "--warmup", "10"), System.Globalization.CultureInfo.InvariantCulture));
        var maxWarmup = TimeSpan.FromSeconds(double.Parse(Option(args, "--max-warmup", "60"), System.Globalization.CultureInfo.InvariantCulture));
        var threads = int.Parse(Option(args, "--threads", Environment.ProcessorCount.ToString()));
        var profile = Enum.Parse<PdfProfile>(Option(args, "--profile", "standard"), ignoreCase: true);
        var trace = int.Parse(Option(args, "--trace", "0"));

        var request = RequestJson.ParseRenderRequest(File.ReadAllText(File.Exists(fixture) ? fixture : RepoPaths.Fixture(fixture + ".json")));
        var report = ReportMapper.ToDomain(request.Report);
        var outline = ReportOutlineBuilder.Build(ReportCompleter.Complete(report), EditionResolver.Resolve(report));
        var site = new SiteProfile { SiteCode = request.SiteCode, Name = "基准测试网站" };
        var renderer = PdfReportRenderer.Default;
        // --formats pdf,ofd: the PDF and the OFD drawn from one layout, as Render makes them when both are asked for.
        var formats = Option(args, "--formats", "pdf").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (formats.Except(["pdf", "ofd"]).FirstOrDefault() is { } unknown) throw new ArgumentException($"--formats: '{unknown}' is not pdf or ofd");
        var print = new PrintRenderer(renderer);
        Action render = formats.Contains("ofd")
            ? () => print.Render(outline, site, profile, withPdf: formats.Contains("pdf"), withOfd: true, cancellationToken)
            : () => renderer.Render(outline, site, profile, cancellationToken);

        var cold = Stopwatch.StartNew();
        var first = renderer.Render(outline, site, profile, cancellationToken);
        if (formats.Contains("ofd"))
        {
            var both = print.Render(outline, site, profile, withPdf: true, withOfd: true, cancellationToken);
            Console.WriteLine($"ofd {fixture}: {both.Ofd!.PageCount} pages, {both.Ofd.Bytes.Length / 1024.0:0.0} KiB");
        }
        Console.WriteLine($"pdf {fixture} ({profile}): {first.PageCount} pages, {first.Bytes.Length / 1024.0:0.0} KiB; first render (font scan, JIT) {cold.Elapsed.TotalMilliseconds:0} ms");

        if (trace > 0)
        {
            for (var i = 0; i < trace; i++) render();
            Console.WriteLine($"trace: {trace} renders");
            return Task.FromResult(0);
        }

        WarmUp(render, minWarmup, maxWarmup);

        var times = new double[iterations];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var collectionsBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        for (var i = 0; i < iterations; i++)
        {
            var sw = Stopwatch.StartNew();
            render();
            times[i] = sw.Elapsed.TotalMilliseconds;
        }
        // CPU time per render is what the machine's other load cannot inflate (wall times can).
        var cpuPerRender = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / iterations;
        var allocatedPerRender = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)iterations;
        var collections = (GC.CollectionCount(0) - collectionsBefore.Item1, GC.CollectionCount(1) - collectionsBefore.Item2, GC.CollectionCount(2) - collectionsBefore.Item3);
        Array.Sort(times);
        Console.WriteLine($"sequential: {iterations} renders, median {Percentile(times, 0.5):0.0} ms, p90 {Percentile(times, 0.9):0.0} ms, min {times[0]:0.0} ms, " +
                          $"CPU {cpuPerRender:0.0} ms per render (GC threads included), {allocatedPerRender / 1024:0} KiB allocated per render, " +
                          $"GCs gen0/1/2 {collections.Item1}/{collections.Item2}/{collections.Item3}");

        var perThread = Math.Max(1, iterations / threads);
        var parallelTimes = new double[perThread * threads];
        var wall = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, t =>
        {
            for (var i = 0; i < perThread; i++)
            {
                var sw = Stopwatch.StartNew();
                render();
                parallelTimes[t * perThread + i] = sw.Elapsed.TotalMilliseconds;
            }
        });
        wall.Stop();
        Array.Sort(parallelTimes);
        var throughput = parallelTimes.Length / wall.Elapsed.TotalSeconds;
        Console.WriteLine($"parallel: {threads} threads × {perThread} renders in {wall.Elapsed.TotalMilliseconds:0} ms: {throughput:0} renders/s, " +
                          $"per render median {Percentile(parallelTimes, 0.5):0.0} ms, p90 {Percentile(parallelTimes, 0.9):0.0} ms");
        return Task.FromResult(0);
    }

    private const int WarmupWindowRenders = 50;

    private static void WarmUp(Action render, TimeSpan min, TimeSpan max)
    {
        var clock = Stopwatch.StartNew();
        var windows = new List<double>();
        while (clock.Elapsed < max)
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < WarmupWindowRenders; i++) render();
            windows.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / WarmupWindowRenders);
            if (clock.Elapsed >= min && Steady(windows)) break;
        }
        Console.WriteLine($"warm-up {clock.Elapsed.TotalSeconds:0} s, {windows.Count * WarmupWindowRenders} renders, CPU ms per render per {WarmupWindowRenders}: {string.Join(", ", windows.Select(w => w.ToString("0.0")))}");
    }

    private static bool Steady(List<double> windows)
    {
        if (windows.Count < 3) return false;
        var last = windows.TakeLast(3).ToArray();
        return last.Max() <= last.Min() * 1.1;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    private static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}

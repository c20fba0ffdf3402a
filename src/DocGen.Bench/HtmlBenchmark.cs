using DocGen.Bench.Support;
using System.Diagnostics;
using DocGen.Contracts;
using DocGen.Core.Completion;
using DocGen.Core.Editions;
using DocGen.Core.Outline;
using DocGen.Html.Rendering;
using DocGen.Sites;

namespace DocGen.Bench;

/// <summary>
/// <c>docgen-bench html [--fixture NAME] [--iterations N] [--templates DIR]</c>: renders a fixture
/// to HTML_PAGE in-process, warm, and prints the median and tail per render. Two figures: the
/// HTML renderer alone (outline → page string) and the path a Render call takes for its HTML
/// (site lookup with its change check, completion, outline, page). Each with the bytes it
/// allocates per render (GC.GetAllocatedBytesForCurrentThread).
/// </summary>
public sealed class HtmlBenchmark : IBenchmark
{
    public string Name => "html";

    public string Description => "HTML_PAGE render time of a fixture (default synthetic-busy-2023), in-process, warm";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new BenchArguments(args);
        var fixture = options.Option("fixture") ?? "synthetic-busy-2023";
        var iterations = options.Int("iterations", 5000);
        var templates = options.Option("templates") ?? Path.Combine(RepoPaths.Root, "templates");
        var request = RequestJson.ParseRenderRequest(File.ReadAllText(RepoPaths.Fixture(fixture + ".json")));
        var report = ReportMapper.ToDomain(request.Report);

        using var registry = new SiteRegistry(templates, options: new SiteRegistryOptions { Watch = false });
        if (!registry.TryGetSite(request.SiteCode, out var site))
        {
            Console.Error.WriteLine($"site {request.SiteCode} did not load from {templates}");
            return Task.FromResult(1);
        }
        var outline = ReportOutlineBuilder.Build(ReportCompleter.Complete(report), EditionResolver.Resolve(report));
        var bytes = System.Text.Encoding.UTF8.GetByteCount(HtmlReportRenderer.RenderPage(outline, site));

        var renderOnly = Measure(iterations, cancellationToken, () => HtmlReportRenderer.RenderPage(outline, site));
        var renderPath = Measure(iterations, cancellationToken, () =>
        {
            registry.TryGetSite(request.SiteCode, out var s);
            var o = ReportOutlineBuilder.Build(ReportCompleter.Complete(report), EditionResolver.Resolve(report));
            return HtmlReportRenderer.RenderPage(o, s!);
        });

        Console.WriteLine($"html: {fixture} → HTML_PAGE ({bytes:N0} bytes), site {request.SiteCode}, {iterations} warm iterations each");
        Print("RenderPage (outline → page)", renderOnly);
        Print("lookup + complete + outline + RenderPage", renderPath);
        Console.WriteLine($"target: median ≤ 1 ms → {(renderOnly.Median <= 1.0 ? "met" : "NOT met")} (RenderPage)");
        return Task.FromResult(0);
    }

    private sealed record Timings(double Median, double P90, double P99, double Mean, long AllocatedPerRender);

    private static Timings Measure(int iterations, CancellationToken cancellationToken, Func<string> render)
    {
        // Warm: JIT, Scriban's member accessors, the parser's caches.
        for (var i = 0; i < Math.Max(200, iterations / 10); i++) render();
        var samples = new double[iterations];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            render();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / iterations;
        Array.Sort(samples);
        return new Timings(samples[iterations / 2], samples[(int)(iterations * 0.9)], samples[(int)(iterations * 0.99)], samples.Average(), allocated);
    }

    private static void Print(string what, Timings t) =>
        Console.WriteLine($"  {what,-42} median {t.Median:F3} ms  p90 {t.P90:F3} ms  p99 {t.P99:F3} ms  mean {t.Mean:F3} ms  {t.AllocatedPerRender / 1024.0:N0} KiB allocated");
}

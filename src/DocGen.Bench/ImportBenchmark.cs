using System.Diagnostics;
using System.Text;
using DocGen.Bench.Support;
using DocGen.Contracts;
using DocGen.Import;
using DocGen.Rendering;
using CoreEdition = DocGen.Core.Model.Edition;

namespace DocGen.Bench;

/// <summary>
/// <c>docgen-bench import [--fixture NAME] [--iterations N]</c>: reads a fixture back from DocGen's
/// own HTML page and PDF, and the archive's real documents, in-process and warm; prints medians,
/// pages/s, and Render of the same report for comparison (the target: import is never the
/// bottleneck of a regeneration, i.e. faster than Render).
/// </summary>
public sealed class ImportBenchmark : IBenchmark
{
    public string Name => "import";

    public string Description => "ImportReport of HTML, text and PDF (DocGen's own and the archive's), in-process, warm, against Render";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new BenchArguments(args);
        var fixture = options.Option("fixture") ?? "synthetic-busy-2023";
        var iterations = options.Int("iterations", 100);
        var request = RequestJson.ParseRenderRequest(File.ReadAllText(RepoPaths.Fixture(fixture + ".json")));
        var renderer = new ReportRendererSetup { TemplatesRoot = Path.Combine(RepoPaths.Root, "templates"), WatchTemplates = false }.Create().Renderer;
        var job = new RenderJob(request.SiteCode, ReportMapper.ToDomain(request.Report), OutputKind.HtmlPage | OutputKind.Pdf, Strict: false);
        var rendered = renderer.Render(job, cancellationToken);
        var html = Encoding.UTF8.GetBytes(rendered.HtmlPage!);
        var archive = Path.Combine(RepoPaths.Root, "..", "shared", "archive");
        var hzq = File.ReadAllBytes(Path.Combine(archive, "hzq-2023.pdf"));
        var text = File.ReadAllBytes(Path.Combine(archive, "panjin-commerce-2022.txt"));

        var render = Measure(iterations, cancellationToken, () => renderer.Render(job, cancellationToken));
        var renderHtml = Measure(iterations, cancellationToken, () => renderer.Render(job with { Outputs = OutputKind.HtmlPage }, cancellationToken));
        var importHtml = Measure(iterations, cancellationToken, () => Import(html, "text/html"));
        var importPdf = Measure(iterations, cancellationToken, () => Import(rendered.Pdf!, "application/pdf"));
        var importText = Measure(iterations, cancellationToken, () => Import(text, "text/plain"));
        var importHzq = Measure(Math.Max(10, iterations / 4), cancellationToken, () => Import(hzq, "application/pdf"));

        Console.WriteLine($"import: {fixture} ({rendered.PageCount}-page PDF, {html.Length:N0}-byte page) and ../shared/archive, warm, median of {iterations}");
        Print("Render HTML_PAGE + PDF (for comparison)", render, 0);
        Print("Render HTML_PAGE (for comparison)", renderHtml, 0);
        Print("import DocGen's HTML page", importHtml, 0);
        Print("import DocGen's PDF", importPdf, rendered.PageCount);
        Print("import panjin-commerce-2022.txt", importText, 0);
        Print("import hzq-2023.pdf (WPS, 5 pages)", importHzq, 5);
        // A regeneration renders HTML_PAGE and PDF from what it imported: import must not take longer.
        var met = importHtml.Median < render.Median && importPdf.Median < render.Median;
        Console.WriteLine($"target: importing the HTML page or the PDF faster than Render HTML_PAGE + PDF of the same report → {(met ? "met" : "NOT met")}");
        return Task.FromResult(0);
    }

    private static void Import(byte[] document, string mediaType) =>
        ReportImporter.Import(document, mediaType, "", CoreEdition.Unspecified, CancellationToken.None);

    private sealed record Timings(double Median, double P90);

    private static Timings Measure(int iterations, CancellationToken cancellationToken, Action action)
    {
        for (var i = 0; i < Math.Max(3, iterations / 10); i++) action();
        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            action();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(samples);
        return new Timings(samples[iterations / 2], samples[(int)(iterations * 0.9)]);
    }

    private static void Print(string what, Timings t, int pages) =>
        Console.WriteLine($"  {what,-42} median {t.Median,8:F2} ms  p90 {t.P90,8:F2} ms" +
            (pages > 0 ? $"  {pages * 1000 / t.Median,7:F0} pages/s" : $"  {1000 / t.Median,7:F0} documents/s"));
}

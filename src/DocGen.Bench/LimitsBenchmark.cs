using System.Diagnostics;
using DocGen.Api;
using DocGen.Bench.Support;
using DocGen.Contracts;
using DocGen.Protos.V1;
using DocGen.Rendering;

namespace DocGen.Bench;

/// <summary>
/// <c>docgen-bench limits</c>: the worst a caller can ask within <see cref="RequestLimits"/>,
/// in-process through <see cref="ReportApi"/>: the largest accepted report (time, pages, size),
/// a report that reaches the PDF's page limit (time until it is refused), and how long a
/// render of the largest report takes to stop after a cancel.
/// </summary>
public sealed class LimitsBenchmark : IBenchmark
{
    public string Name => "limits";

    public string Description => "worst cases within the request limits: largest report, page-limit refusal, cancel latency";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var rendering = new ReportRendererSetup { TemplatesRoot = Path.Combine(RepoPaths.Root, "templates"), WatchTemplates = false }.Create();
        var api = new ReportApi(rendering.Renderer, new RenderScheduler(new RenderSchedulerOptions()));
        await api.RenderAsync(HostileReports.Fixture(), Admission.WaitForSlot, cancellationToken); // fonts, JIT

        var largest = HostileReports.Largest();
        var sw = Stopwatch.StartNew();
        var response = await api.RenderAsync(largest, Admission.WaitForSlot, cancellationToken);
        Console.WriteLine($"largest accepted report ({TextLength(largest.Report):N0} characters of text): {sw.Elapsed.TotalMilliseconds:0} ms, " +
                          $"{response.PageCount} pages, PDF {response.Pdf.Length / 1048576.0:0.0} MiB, HTML {response.Html.Length / 1048576.0:0.0} MiB");

        sw.Restart();
        try
        {
            await api.RenderAsync(PastPageLimit(), Admission.WaitForSlot, cancellationToken);
            Console.WriteLine("page-limit report: rendered (expected a refusal)");
        }
        catch (ApiException e)
        {
            Console.WriteLine($"page-limit report: {e.Code} after {sw.Elapsed.TotalMilliseconds:0} ms: {e.Message}");
        }

        foreach (var after in new[] { 100, 500, 1000 })
        {
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var render = api.RenderAsync(HostileReports.Largest(), Admission.WaitForSlot, cancel.Token);
            await Task.Delay(after, cancellationToken);
            sw.Restart();
            await cancel.CancelAsync();
            try
            {
                await render;
                Console.WriteLine($"cancel after {after} ms: the render had finished");
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine($"cancel after {after} ms: stopped {sw.Elapsed.TotalMilliseconds:0} ms after the cancel");
            }
        }
        return 0;
    }

    private static RenderRequest PastPageLimit()
    {
        var request = HostileReports.Fixture();
        var lines = new DocGen.Protos.V1.RichText { Text = HostileReports.Repeat("字\n", RequestLimits.NarrativeCharacters) };
        (request.Report.Preamble, request.Report.Overview, request.Report.Problems, request.Report.OtherMatters) = (lines, lines, lines, lines);
        return request;
    }

    private static long TextLength(AnnualReport r) =>
        new[] { r.Preamble, r.Overview, r.Problems, r.OtherMatters }.Sum(t => (long)(t?.Text.Length ?? 0) + (t?.Html.Length ?? 0));
}

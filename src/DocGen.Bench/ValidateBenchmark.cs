using DocGen.Bench.Support;
using System.Diagnostics;
using DocGen.Contracts;
using DocGen.Core.Validation;

namespace DocGen.Bench;

/// <summary>
/// In-process cost of ReportValidator.Validate (completion, value rules, cross-checks) per fixture:
/// the work every Render and Validate call does before any drawing. Besides wall time it prints the
/// process's CPU time per call (all threads, GC included), which other load on a shared machine
/// distorts far less.
/// <c>docgen-bench validate [--iterations N] [--fixtures DIR]</c>.
/// </summary>
public sealed class ValidateBenchmark : IBenchmark
{
    public string Name => "validate";

    public string Description => "ReportValidator.Validate per fixture: mean µs, CPU µs and allocated KB per call";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new BenchArguments(args);
        var iterations = options.Int("iterations", 2000);
        var directory = options.Option("fixtures") ?? Path.GetDirectoryName(RepoPaths.Fixture("x"))!;
        var files = Directory.GetFiles(directory, "*.json").Where(f => !Path.GetFileName(f).StartsWith("site-", StringComparison.Ordinal)).Order();

        Console.WriteLine($"{"fixture",-28} {"µs/call",10} {"cpu µs/call",12} {"KB/call",9} {"errors",7} {"warnings",9}");
        foreach (var file in files)
        {
            var report = ReportMapper.ToDomain(RequestJson.ParseRenderRequest(File.ReadAllText(file)).Report);
            var result = ReportValidator.Validate(report, 2026); // warm-up, and the counts printed
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < iterations && !cancellationToken.IsCancellationRequested; i++)
            {
                ReportValidator.Validate(report, 2026);
            }
            clock.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            Console.WriteLine(
                $"{Path.GetFileNameWithoutExtension(file),-28} {clock.Elapsed.TotalMicroseconds / iterations,10:F1} {cpu.TotalMicroseconds / iterations,12:F1} " +
                $"{allocated / 1024.0 / iterations,9:F1} {result.Findings.Count(f => f.IsError),7} {result.Findings.Count(f => !f.IsError),9}");
        }
        return Task.FromResult(0);
    }
}

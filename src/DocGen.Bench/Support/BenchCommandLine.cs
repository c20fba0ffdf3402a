using System.CommandLine;

namespace DocGen.Bench.Support;

/// <summary>
/// docgen-bench's command line: one command per benchmark with the options it reads, so
/// <c>docgen-bench render --help</c> prints help (and runs nothing) and an unknown option or extra
/// argument is refused with a suggestion before a benchmark starts. Each benchmark still reads its
/// own values from the arguments given after its name.
/// </summary>
public static class BenchCommandLine
{
    /// <summary>The options each benchmark reads, with what they mean.</summary>
    private static readonly Dictionary<string, (string Name, string Help)[]> Options = new(StringComparer.Ordinal)
    {
        ["batch"] = [("--reports", "reports in the batch (default 10,000)"), ("--servers", "compare 1, 2, 3 … server processes, e.g. 1,2,3")],
        ["flood"] = [("--attack", "flood, queue or both (default flood,queue)"), ("--connections", "connections of the flood (default 1)"),
                     ("--streams", "streams per connection (default 100)"), ("--declared", "declared message size in bytes"),
                     ("--hold", "seconds the partial messages are held (default 20)"), ("--after", "seconds measured after (default 60)"),
                     ("--queue", "padded Render calls queued (default 24)"), ("--queue-connections", "connections for the queue (default 4)"),
                     ("--duration", "seconds of the normal Renders alongside")],
        ["html"] = [("--fixture", "the fixture rendered (default synthetic-busy-2023)"), ("--iterations", "renders (default 5,000)"), ("--templates", "the templates folder")],
        ["import"] = [("--fixture", "the fixture rendered and read back (default synthetic-busy-2023)"), ("--iterations", "imports per input (default 100)")],
        ["limits"] = [],
        ["pdf"] = [("--fixture", "the fixture rendered (default synthetic-busy-2023)"), ("--iterations", "measured renders (default 200)"),
                   ("--warmup", "minimum warm-up seconds (default 10)"), ("--max-warmup", "maximum warm-up seconds (default 60)"),
                   ("--threads", "renders at once in the parallel run (default: one per core)"), ("--profile", "standard or archive"),
                   ("--trace", "render this many times and nothing else, for dotnet-trace")],
        ["render"] = [("--concurrency", "concurrent calls per level, e.g. 8,32 (default 1,8,32)"), ("--duration", "seconds per level"),
                      ("--formats", "outputs (default html_page,pdf)"), ("--warmup", "minimum warm-up seconds"), ("--max-warmup", "maximum warm-up seconds"),
                      ("--validate-flood", "after each level, the same level again while this many callers send heavy Validates without pause (default 0: none)")],
        ["transport"] = [("--duration", "seconds per level (default 10)"), ("--warmup", "warm-up seconds (default 3)"), ("--streams", "concurrent calls per level (default 1,32,128)")],
        ["validate"] = [("--fixtures", "the folder of fixtures (default ../shared/fixtures)"), ("--iterations", "validations per fixture (default 2,000)")],
    };

    public static RootCommand Build(IReadOnlyList<IBenchmark> benchmarks, Func<IBenchmark, string[], CancellationToken, Task<int>> run)
    {
        var root = new RootCommand("docgen-bench: DocGen's benchmarks. Figures go to stdout; nothing is asserted.");
        foreach (var benchmark in benchmarks)
        {
            var command = new Command(benchmark.Name, benchmark.Description);
            var declared = Options.TryGetValue(benchmark.Name, out var list) ? list : throw new InvalidOperationException($"no options declared for the benchmark \"{benchmark.Name}\"");
            foreach (var (name, help) in declared) command.Add(new Option<string>(name) { Description = help, HelpName = "VALUE" });
            command.SetAction((parse, ct) => run(benchmark, parse.Tokens.Skip(1).Select(t => t.Value).ToArray(), ct));
            root.Add(command);
        }
        return root;
    }
}

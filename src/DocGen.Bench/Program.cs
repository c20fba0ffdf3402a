using System.CommandLine;
using System.Reflection;
using DocGen.Bench;
using DocGen.Bench.Support;

var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToArray();

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };

var parse = BenchCommandLine.Build(benchmarks, (benchmark, args, ct) => benchmark.RunAsync(args, ct)).Parse(args);
var exit = await parse.InvokeAsync(new InvocationConfiguration(), cts.Token);
// A refused command line: System.CommandLine has printed the error, a suggestion and the help.
return parse.Errors.Count > 0 ? 2 : exit;

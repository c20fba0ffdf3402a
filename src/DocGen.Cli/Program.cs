using System.CommandLine;
using DocGen.Api;
using DocGen.Cli;
using DocGen.Cli.Backends;
using DocGen.Cli.CommandLine;
using DocGen.Cli.Commands;
using DocGen.Cli.Requests;
using DocGen.Rendering;

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };

var root = DocGenCommandLine.Build(RunAsync);
var parse = root.Parse(args);
var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
try
{
    var exit = await parse.InvokeAsync(invocation, cts.Token);
    // A refused command line: System.CommandLine has printed the error, a suggestion and the help.
    return parse.Errors.Count > 0 ? 2 : exit;
}
catch (CliUsageException e)
{
    Console.Error.WriteLine($"docgen: {e.Message}");
    Console.Error.WriteLine($"see: docgen {parse.CommandResult.Command.Name} --help");
    return 2;
}
catch (Exception e) when (e is RequestFileException or BackendException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"docgen: {e.Message}");
    return 1;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("docgen: cancelled");
    return 130;
}

async Task<int> RunAsync(string command, CliArguments options, CancellationToken ct)
{
    switch (command)
    {
        case "health": return await HealthCommand.RunAsync(options, Console.Out, Console.Error, ct);
        case "import": return await ImportCommand.RunAsync(options, new ImportApi(TimeProvider.System), Console.Out, Console.Error, ct);
        case "key": return KeyCommand.Run(Console.Out);
        case "sites check": return SitesCommand.Run(options, Console.Out);
    }
    await using var backend = CreateBackend(options);
    return command switch
    {
        "render" => await RenderCommand.RunAsync(options, backend, Console.Out, Console.Error, ct),
        "validate" => await ValidateCommand.RunAsync(options, backend, Console.Out, ct),
        "batch" => await BatchCommand.RunAsync(options, backend, Console.Out, Console.Error, ct),
        _ => throw new InvalidOperationException($"no code for the command \"{command}\""),
    };
}

static IReportBackend CreateBackend(CliArguments options)
{
    if (options.Option("server") is { } server)
        return new ServerBackend(server, options.Option("key") ?? Environment.GetEnvironmentVariable("DOCGEN_KEY"),
            options.Option("streams") is null ? null : options.IntOption("streams", 1));
    var parallel = options.IntOption("parallel", Environment.ProcessorCount);
    var rendering = new ReportRendererSetup
    {
        TemplatesRoot = TemplatesFolder.Resolve(options.Option("templates"), Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
        WatchTemplates = false,
    }.Create();
    var scheduler = new RenderScheduler(new RenderSchedulerOptions { MaxConcurrency = parallel });
    return new InProcessBackend(new ReportApi(rendering.Renderer, scheduler), batchWindow: 2 * parallel);
}

using DocGen.Api;
using DocGen.Cli;
using DocGen.Cli.Backends;
using DocGen.Cli.Commands;
using DocGen.Rendering;

const string Usage = """
    usage: docgen COMMAND [options]
      render FILE.json [-o DIR]            render one RenderRequest; writes <request_id>.html / .pdf to DIR
      validate FILE.json                   print the findings; exit 1 when any is an error
      batch DIR|FILE.jsonl -o OUT          regenerate an archive; resumable; exit 1 listing every failure; lists
                                           CARRIED_OVER_MISMATCH per request whose 上年结转 is not its agency's
                                           结转下年度继续办理 of the year before in the same input (exit status unchanged)
      import FILES|DIRS -o OUT [--site CODE] [--allow-gaps]
                                           published reports (.html, .txt, .pdf) → RenderRequest JSON in OUT,
                                           notes in <request_id>.notes.tsv; exit 1 when any could not be imported,
                                           else 3 when any was imported with gaps (a table not found) unless --allow-gaps
      health [--server URL]                exit 0 when the server is SERVING
      key                                  make an API key and print the SHA-256 to configure for it
      sites check [DIR]                    load every site in templates folder DIR (default ./templates), or the one
                                           site folder DIR (over --templates), as the server would; exit 1 if any is refused
    options:
      --server URL        render through DocGen servers instead of in this process: http://host:port,
                          dns:///host:port (every address the name resolves to, e.g. a headless Service)
                          or static:///host1:port,host2:port; a batch is spread over them
      --key KEY           the server's API key (default: the DOCGEN_KEY environment variable)
      --streams N         batch: RenderBatch calls at once (default: 4 per server)
      --templates DIR     the templates folder for in-process rendering (default: ./templates, else the checkout's)
      --parallel N        reports rendered at once in-process (default: one per core)
      --shard K/N         batch: only worker K's share (K = 0…N-1) of the input, by a stable hash of request_id
    """;

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}

try
{
    var command = args[0];
    var options = CliArguments.Parse(args[1..], command == "import" ? ImportCommand.Flags : []);
    if (command == "health") return await HealthCommand.RunAsync(options, Console.Out, Console.Error, cts.Token);
    if (command == "import") return await ImportCommand.RunAsync(options, new ImportApi(TimeProvider.System), Console.Out, Console.Error, cts.Token);
    if (command == "key") return KeyCommand.Run(Console.Out);
    if (command == "sites") return SitesCommand.Run(options, Console.Out);
    if (command is not ("render" or "validate" or "batch")) throw new CliUsageException($"unknown command \"{command}\"");

    await using var backend = CreateBackend(options);
    return command switch
    {
        "render" => await RenderCommand.RunAsync(options, backend, Console.Out, Console.Error, cts.Token),
        "validate" => await ValidateCommand.RunAsync(options, backend, Console.Out, cts.Token),
        _ => await BatchCommand.RunAsync(options, backend, Console.Out, Console.Error, cts.Token),
    };
}
catch (CliUsageException e)
{
    Console.Error.WriteLine($"docgen: {e.Message}");
    Console.Error.WriteLine(Usage);
    return 2;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or Google.Protobuf.InvalidJsonException or Google.Protobuf.InvalidProtocolBufferException)
{
    Console.Error.WriteLine($"docgen: {e.Message}");
    return 1;
}
catch (BackendException e)
{
    Console.Error.WriteLine($"docgen: {e.Message}");
    return 1;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("docgen: cancelled");
    return 130;
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

using System.CommandLine;
using DocGen.Cli.Backends;

namespace DocGen.Cli.CommandLine;

/// <summary>
/// docgen's commands, options and arguments, declared once: parsing, per-command help, refusal of
/// unknown options and extra arguments (with a suggestion) and shell completion all come from here.
/// The commands' own code reads what was given through <see cref="CliArguments"/>.
/// </summary>
public static class DocGenCommandLine
{
    /// <summary>What a command does once its command line parsed: the command's name and what was given.</summary>
    public delegate Task<int> Run(string command, CliArguments args, CancellationToken cancellationToken);

    public static RootCommand Build(Run run)
    {
        var root = new RootCommand("docgen: render, validate and batch-regenerate 政府信息公开工作年度报告, in this process or through DocGen servers.");

        root.Add(Define(run, new Command("render", "Render one RenderRequest JSON file; writes <request_id>.html / .pdf to the output folder."),
            File("FILE", "the request file (RenderRequest JSON)"),
            [Output("the folder to write to (default: the current folder)"),
             Text("--formats", $"the outputs, overriding the request's formats: a comma-separated list of {string.Join(", ", OutputFormats.Names)}", "LIST"),
             .. RenderingOptions()]));

        root.Add(Define(run, new Command("validate", "Print the findings of one RenderRequest JSON file; exit 1 when any is an error."),
            File("FILE", "the request file (RenderRequest JSON)"),
            RenderingOptions()));

        root.Add(Define(run, new Command("batch", "Regenerate an archive: a folder of RenderRequest JSON files or a JSON-lines file. Resumable; exit 1 listing every failure; lists CARRIED_OVER_MISMATCH between consecutive years of one agency."),
            File("INPUT", "a folder of RenderRequest JSON files, or a JSON-lines file"),
            [Output("the output folder", required: true),
             Text("--shard", "only worker K's share (K = 0…N-1) of the input, by a stable hash of request_id", "K/N"),
             .. RenderingOptions()]));

        var inputs = new Argument<string[]>("INPUTS") { Description = "published reports (.html, .txt, .pdf) or folders of them", Arity = ArgumentArity.OneOrMore };
        root.Add(Define(run, new Command("import", "Read published reports back into RenderRequest JSON (notes in <request_id>.notes.tsv); exit 1 when any could not be imported."),
            inputs,
            [Output("the folder for the RenderRequest files", required: true),
             Text("--site", "the site code (网站标识码) the requests name; must be a configured site", "CODE"),
             Text("--templates", "the templates folder holding the sites (default: ./templates, else the checkout's)", "DIR")]));

        root.Add(Define(run, new Command("health", "Exit 0 when the server answers SERVING."),
            null,
            [Server("the server to ask (default: http://127.0.0.1:50051)"),
             Text("--service", "the service name to check (default: the whole server)", "NAME")]));

        root.Add(Define(run, new Command("key", "Make an API key and print the SHA-256 to configure for it."), null, []));

        var sites = new Command("sites", "Site authors' tools.");
        sites.Add(Define(run, new Command("check", "Load every site of a templates folder, or one site folder, as the server would; exit 1 if any is refused."),
            new Argument<string>("DIR") { Description = "a templates folder (default: ./templates, else the checkout's) or one site folder holding site.json", Arity = ArgumentArity.ZeroOrOne },
            [Text("--templates", "for a site folder: the templates folder whose template sets it uses (default: the folder two levels up when it holds default/, else ./templates, else the checkout's)", "DIR")],
            name: "sites check"));
        root.Add(sites);

        root.Add(CompletionScript.Command());
        return root;
    }

    private static Command Define(Run run, Command command, Argument? argument, Option[] options, string? name = null)
    {
        if (argument is not null) command.Add(argument);
        foreach (var option in options) command.Add(option);
        var commandName = name ?? command.Name;
        command.SetAction((parse, ct) => run(commandName, new CliArguments(parse), ct));
        return command;
    }

    private static Argument<string> File(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.ExactlyOne };

    private static Option<string> Output(string description, bool required = false) =>
        new("--output", "-o") { Description = description, HelpName = "DIR", Required = required };

    private static Option<string> Text(string name, string description, string helpName) =>
        new(name) { Description = description, HelpName = helpName };

    private static Option<string> Server(string description)
    {
        var option = new Option<string>("--server") { Description = description, HelpName = "ADDRESS" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } text && !ServerAddress.TryParse(text, out _, out var error))
                result.AddError(error);
        });
        return option;
    }

    /// <summary>How render, validate and batch reach a renderer: through servers, or in this process.</summary>
    private static Option[] RenderingOptions() =>
    [
        Server("render through DocGen servers instead of in this process: http://host:port (or host:port), dns:///host:port (every address the name resolves to, e.g. a headless Service) or static:///host1:port,host2:port"),
        Text("--key", "the server's API key (default: the DOCGEN_KEY environment variable)", "KEY"),
        Text("--streams", "batch through servers: RenderBatch calls at once (default: 4 per server)", "N"),
        Text("--templates", "in process: the templates folder (default: ./templates, else the checkout's)", "DIR"),
        Text("--parallel", "in process: reports rendered at once (default: one per core)", "N"),
    ];
}

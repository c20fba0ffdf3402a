using System.CommandLine;

namespace DocGen.Cli.CommandLine;

/// <summary>
/// <c>docgen completion bash|zsh</c>: a script that completes docgen's commands and options by
/// asking docgen itself (System.CommandLine's <c>[suggest]</c> directive), so it never goes stale.
/// </summary>
public static class CompletionScript
{
    public static Command Command()
    {
        var shell = new Argument<string>("SHELL") { Description = "bash or zsh", Arity = ArgumentArity.ExactlyOne };
        shell.AcceptOnlyFromAmong("bash", "zsh");
        var command = new Command("completion", "Print a shell completion script: eval \"$(docgen completion bash)\".") { shell };
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(parse.GetValue(shell) == "zsh" ? Zsh : Bash);
            return 0;
        });
        return command;
    }

    private const string Bash = """
        _docgen_complete() {
          local IFS=$'\n'
          COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _docgen_complete docgen

        """;

    private const string Zsh = """
        autoload -U +X bashcompinit && bashcompinit
        _docgen_complete() {
          local IFS=$'\n'
          COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _docgen_complete docgen

        """;
}

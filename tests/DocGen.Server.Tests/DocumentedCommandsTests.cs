using DocGen.Cli.CommandLine;
using DocGen.Repository.Tests;

namespace DocGen.Server.Tests;

/// <summary>Every <c>script/docgen</c> line in README.md and docs/ is a command line docgen accepts as written.</summary>
public sealed class DocumentedCommandsTests
{
    public static TheoryData<string, int, string> DocgenLines()
    {
        var data = new TheoryData<string, int, string>();
        var docs = Directory.GetFiles(Path.Combine(CheckoutPaths.Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Prepend(Path.Combine(CheckoutPaths.Root, "README.md"));
        foreach (var doc in docs)
        {
            foreach (var command in MarkdownFile.Read(doc).ShellCommands())
            {
                var at = command.Text.IndexOf("script/docgen ", StringComparison.Ordinal);
                if (at >= 0) data.Add(Path.GetRelativePath(CheckoutPaths.Root, doc), command.Line, command.Text[at..]);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DocgenLines))]
    public void DocumentedDocgenLine_Parses(string doc, int line, string command)
    {
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .TakeWhile(w => w is not ("|" or ">" or "&&" or ";"))
            .Select(w => w.Trim('\'', '"'))
            .ToArray();

        var parse = DocGenCommandLine.Build((_, _, _) => Task.FromResult(0)).Parse(words);

        Assert.True(parse.Errors.Count == 0, $"{doc}:{line}: `{command}`: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
    }

    [Fact]
    public void DocgenLines_AreFound()
    {
        Assert.True(DocgenLines().Count() >= 10);
    }
}

namespace DocGen.Repository.Tests;

/// <summary>
/// What a documented command names in the checkout: the script it runs and the repository or
/// ../shared files it reads. Paths a command creates (out/, requests/) are not checked.
/// </summary>
internal static class DocCommands
{
    private static readonly string[] CheckedPrefixes =
        ["script/", "../shared/", "src/", "tests/", "protos/", "templates/", "deploy/", "web/", "docs/"];

    public static IReadOnlyList<string> MissingPaths(ShellCommand command)
    {
        var missing = new List<string>();
        foreach (var raw in command.Text.Split([' ', '\t', '|', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Trim('\'', '"', '`');
            if (token.StartsWith("@", StringComparison.Ordinal)) token = token[1..];
            if (!CheckedPrefixes.Any(p => token.StartsWith(p, StringComparison.Ordinal))) continue;
            if (token.IndexOfAny(['*', '?', '$', '<', '>', '{', '=']) >= 0) continue;
            // bin/ and dist/ are build outputs: they exist after the build the docs tell the reader to run first.
            if (token.Contains("/bin/", StringComparison.Ordinal) || token.Contains("/dist", StringComparison.Ordinal)) continue;
            var path = Path.GetFullPath(Path.Combine(CheckoutPaths.Root, token));
            if (!File.Exists(path) && !Directory.Exists(path)) missing.Add(token);
        }
        return missing;
    }
}

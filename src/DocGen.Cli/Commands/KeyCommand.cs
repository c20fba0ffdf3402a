using DocGen.Api.Callers;

namespace DocGen.Cli.Commands;

/// <summary>
/// <c>docgen key</c>: a new random API key for a caller, and the SHA-256 the server is configured
/// with (Auth:Keys:N:Sha256). The key itself is shown once and stored nowhere.
/// </summary>
public static class KeyCommand
{
    public static int Run(TextWriter stdout)
    {
        var (key, sha256) = CallerKeys.NewKey();
        stdout.WriteLine($"key:    {key}");
        stdout.WriteLine($"sha256: {sha256}");
        return 0;
    }
}

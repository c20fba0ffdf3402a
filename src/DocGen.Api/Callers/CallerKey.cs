namespace DocGen.Api.Callers;

/// <summary>
/// One configured API key: a name for the logs, the SHA-256 of the key (lower- or upper-case hex;
/// the key itself is never stored), and the site codes it may render ("*" for every site).
/// </summary>
public sealed record CallerKey
{
    public string Name { get; init; } = "";

    public string Sha256 { get; init; } = "";

    public IReadOnlyList<string> Sites { get; init; } = [];
}

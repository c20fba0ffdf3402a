namespace DocGen.Sites;

/// <summary>Why a site's files were refused: the file, its 1-based line (0 when the file as a whole is the problem) and the reason.</summary>
public sealed record SiteRefusal(string FilePath, int Line, string Reason)
{
    public override string ToString() => $"{FilePath}:{Line}: {Reason}";
}

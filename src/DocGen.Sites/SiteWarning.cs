namespace DocGen.Sites;

/// <summary>A site.json value the loader accepts but doubts: the file, the field (as site.json names it) and why.</summary>
public sealed record SiteWarning(string FilePath, string Field, string Reason)
{
    public override string ToString() => $"{FilePath}: {Field}: {Reason}";
}

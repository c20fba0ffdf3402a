namespace DocGen.Repository.Tests;

/// <summary>Relative links of a Markdown file checked against the checkout: the file exists, the anchor is a heading.</summary>
internal static class DocLinks
{
    public static IEnumerable<string> Broken(MarkdownFile doc)
    {
        var folder = Path.GetDirectoryName(doc.Path)!;
        foreach (var link in doc.Links())
        {
            var target = link.Target;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal)) continue;
            var hash = target.IndexOf('#');
            var pathPart = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : Uri.UnescapeDataString(target[(hash + 1)..]);
            var path = pathPart.Length == 0 ? doc.Path : Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(pathPart)));
            if (pathPart.Length > 0 && !File.Exists(path) && !Directory.Exists(path))
            {
                yield return $"line {link.Line}: {target} (no {RepositoryFiles.Relative(path)})";
                continue;
            }
            if (anchor is not null && path.EndsWith(".md", StringComparison.Ordinal)
                && !(path == doc.Path ? doc : MarkdownFile.Read(path)).Anchors().Contains(anchor))
            {
                yield return $"line {link.Line}: {target} (no heading #{anchor})";
            }
        }
    }
}

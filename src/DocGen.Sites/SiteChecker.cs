namespace DocGen.Sites;

/// <summary>One site's outcome of <see cref="SiteChecker"/>: refused with a reason, or loaded (possibly with warnings).</summary>
public sealed record SiteCheckResult(string SiteCode, SiteRefusal? Refusal, IReadOnlyList<SiteWarning> Warnings)
{
    public bool Loads => Refusal is null;
}

/// <summary>
/// Loads sites exactly as the server does (parse, trial render, file and setting checks), for a
/// site author to lint a folder before deploying it (<c>docgen sites check</c>).
/// </summary>
public static class SiteChecker
{
    private static readonly SiteRegistryOptions OneLoad = new() { Watch = false, StampCheckInterval = null };

    /// <summary>Every site under <paramref name="templatesRoot"/>/sites.</summary>
    public static IReadOnlyList<SiteCheckResult> CheckTemplates(string templatesRoot, Func<string, bool>? fontInstalled = null)
    {
        var sitesFolder = Path.Combine(templatesRoot, SiteRegistry.SitesFolderName);
        if (!Directory.Exists(sitesFolder)) throw new DirectoryNotFoundException($"{templatesRoot} has no {SiteRegistry.SitesFolderName}/ folder");
        using var registry = new SiteRegistry(templatesRoot, options: OneLoad with { FontInstalled = fontInstalled });
        return Directory.GetDirectories(sitesFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Select(code => Result(registry, code!))
            .ToArray();
    }

    /// <summary>
    /// One site folder (site.json and its templates) that is not deployed yet, over the template
    /// sets of <paramref name="templatesRoot"/>. It is loaded from a scratch copy; every path in
    /// the result is the author's own.
    /// </summary>
    public static SiteCheckResult CheckSiteFolder(string siteFolder, string templatesRoot, Func<string, bool>? fontInstalled = null)
    {
        siteFolder = Path.GetFullPath(siteFolder);
        templatesRoot = Path.GetFullPath(templatesRoot);
        var scratch = Directory.CreateTempSubdirectory("docgen-sites-check-").FullName;
        try
        {
            foreach (var set in Directory.GetDirectories(templatesRoot).Where(d => Path.GetFileName(d) != SiteRegistry.SitesFolderName))
                Copy(set, Path.Combine(scratch, Path.GetFileName(set)));
            var code = Path.GetFileName(siteFolder.TrimEnd(Path.DirectorySeparatorChar));
            var copy = Path.Combine(scratch, SiteRegistry.SitesFolderName, code);
            Copy(siteFolder, copy);
            using var registry = new SiteRegistry(scratch, options: OneLoad with { FontInstalled = fontInstalled });
            var result = Result(registry, code);
            string Mapped(string path) =>
                path.StartsWith(copy, StringComparison.Ordinal) ? siteFolder + path[copy.Length..]
                : path.StartsWith(scratch, StringComparison.Ordinal) ? templatesRoot + path[scratch.Length..]
                : path;
            return result with
            {
                Refusal = result.Refusal is { } r ? r with { FilePath = Mapped(r.FilePath), Reason = r.Reason.Replace(scratch, templatesRoot, StringComparison.Ordinal) } : null,
                Warnings = result.Warnings.Select(w => w with { FilePath = Mapped(w.FilePath) }).ToArray(),
            };
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static SiteCheckResult Result(SiteRegistry registry, string code)
    {
        if (registry.TryGetSite(code, out var site)) return new SiteCheckResult(code, null, site.Warnings);
        var refusal = registry.TryGetRefusal(code, out var r) ? r : new SiteRefusal(code, 0, "not loaded");
        return new SiteCheckResult(code, refusal, []);
    }

    // Links are copied as links, so a link leading outside the site is refused in the copy as it would be in place.
    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos())
        {
            var target = Path.Combine(to, entry.Name);
            if (entry.LinkTarget is { } link)
            {
                var resolved = Path.GetFullPath(link, from);
                if (entry is DirectoryInfo) Directory.CreateSymbolicLink(target, resolved);
                else File.CreateSymbolicLink(target, resolved);
            }
            else if (entry is DirectoryInfo directory) Copy(directory.FullName, target);
            else File.Copy(entry.FullName, target);
        }
    }
}

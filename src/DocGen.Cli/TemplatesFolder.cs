namespace DocGen.Cli;

/// <summary>
/// The templates folder for in-process rendering: --templates DIR, else ./templates, else the
/// templates of the checkout this docgen was built in (so it works from any folder).
/// </summary>
public static class TemplatesFolder
{
    public static string Resolve(string? option, string currentDirectory, string toolDirectory)
    {
        if (option is not null)
        {
            var given = Path.GetFullPath(option, currentDirectory);
            return Directory.Exists(given)
                ? given
                : throw new DirectoryNotFoundException($"--templates {option}: the folder {given} does not exist");
        }
        var local = Path.Combine(currentDirectory, "templates");
        if (Directory.Exists(local)) return local;
        for (var dir = new DirectoryInfo(toolDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln")) && Directory.Exists(Path.Combine(dir.FullName, "templates")))
                return Path.Combine(dir.FullName, "templates");
        }
        throw new DirectoryNotFoundException($"no templates folder: {local} does not exist; run docgen in the DocGen checkout or pass --templates DIR");
    }
}

using DocGen.Sites;
using DocGen.Pdf;

namespace DocGen.Cli.Commands;

/// <summary>
/// <c>docgen sites check [DIR] [--templates ROOT]</c>: loads sites as the server would and prints
/// each one's outcome, so a site author can lint before deploying. DIR is a templates folder
/// (default ./templates, else the checkout's: every site in it) or one site folder holding
/// site.json (checked over ROOT's template sets: see <see cref="TemplatesOfSiteFolder"/>). Exit 1 when any site is refused.
/// </summary>
public static class SitesCommand
{
    public static int Run(CliArguments args, TextWriter stdout)
    {
        var cwd = Directory.GetCurrentDirectory();
        var dir = args.Positional.Count > 0
            ? Path.GetFullPath(args.Positional[0])
            : TemplatesFolder.Resolve(null, cwd, AppContext.BaseDirectory);
        if (!Directory.Exists(dir)) throw new CliUsageException($"{dir} is not a folder");
        var fonts = PdfRenderOptions.DefaultFontFolders();
        bool FontInstalled(string family) => InstalledFonts.HasFamily(fonts, family);

        var results = File.Exists(Path.Combine(dir, SiteRegistry.SiteFileName))
            ? [SiteChecker.CheckSiteFolder(dir, TemplatesOfSiteFolder(dir, args.Option("templates"), cwd), FontInstalled)]
            : SiteChecker.CheckTemplates(dir, FontInstalled);

        foreach (var result in results)
        {
            if (result.Refusal is { } refusal) stdout.WriteLine($"refused  {result.SiteCode}  {refusal}");
            else if (result.Warnings.Count == 0) stdout.WriteLine($"ok       {result.SiteCode}");
            foreach (var warning in result.Warnings) stdout.WriteLine($"warning  {result.SiteCode}  {warning}");
        }
        var refused = results.Count(r => !r.Loads);
        var warned = results.Count(r => r.Loads && r.Warnings.Count > 0);
        stdout.WriteLine($"{results.Count} site(s): {results.Count - refused} load ({warned} with warnings), {refused} refused");
        return refused > 0 ? 1 : 0;
    }

    /// <summary>
    /// The templates folder a site folder is checked over: --templates, else the folder holding it
    /// (templates/sites/CODE → templates) when that has the default set, else ./templates or the checkout's.
    /// </summary>
    private static string TemplatesOfSiteFolder(string siteFolder, string? option, string cwd)
    {
        if (option is not null) return TemplatesFolder.Resolve(option, cwd, AppContext.BaseDirectory);
        var above = Path.GetFullPath(Path.Combine(siteFolder, "..", ".."));
        return Directory.Exists(Path.Combine(above, "default")) ? above : TemplatesFolder.Resolve(null, cwd, AppContext.BaseDirectory);
    }
}

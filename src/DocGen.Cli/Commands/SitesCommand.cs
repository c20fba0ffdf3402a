using DocGen.Sites;
using DocGen.Pdf;

namespace DocGen.Cli.Commands;

/// <summary>
/// <c>docgen sites check [DIR] [--templates ROOT]</c>: loads sites as the server would and prints
/// each one's outcome, so a site author can lint before deploying. DIR is a templates folder
/// (default ./templates: every site in it) or one site folder holding site.json (checked over
/// ROOT's template sets, default ./templates). Exit 1 when any site is refused.
/// </summary>
public static class SitesCommand
{
    public static int Run(CliArguments args, TextWriter stdout)
    {
        var action = args.RequirePositional(0, "the sites action (check)");
        if (action != "check") throw new CliUsageException($"unknown sites action \"{action}\" (expected: check)");
        var dir = Path.GetFullPath(args.Positional.Count > 1 ? args.Positional[1] : "templates");
        if (!Directory.Exists(dir)) throw new CliUsageException($"{dir} is not a folder");
        var fonts = PdfRenderOptions.DefaultFontFolders();
        bool FontInstalled(string family) => InstalledFonts.HasFamily(fonts, family);

        var results = File.Exists(Path.Combine(dir, SiteRegistry.SiteFileName))
            ? [SiteChecker.CheckSiteFolder(dir, Path.GetFullPath(args.Option("templates") ?? "templates"), FontInstalled)]
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
}

namespace DocGen.Layout.Fonts;

/// <summary>
/// Which families each role prefers. GB/T 9704 asks for 小标宋 titles, 黑体 first-level headings
/// and 仿宋 body text; none of those faces is free, so:
/// <list type="bullet">
/// <item>title and heading: WenQuanYi Zen Hei — a 黑体, exactly what the standard uses for
/// headings, and heavy enough to stand in for 小标宋's weight in the title;</item>
/// <item>body: AR PL UMing — a 明体/宋体 serif, the closest free relative of 仿宋 in stroke
/// contrast, and crisp at 16 pt;</item>
/// <item>table: AR PL UMing too — serif digits stay distinct (1/7, 3/8) at 9–10.5 pt.</item>
/// </list>
/// LXGW WenKai and AR PL UKai follow as fallbacks for characters the first choice lacks.
/// Figures and Latin text in body and tables are set in Liberation Serif (fonts-liberation2),
/// metric-compatible with Times New Roman as government print uses it, not in UMing's
/// typewriter-like digits; without it the CJK face draws them as before.
/// </summary>
internal static class FontChoices
{
    private static readonly string[] Sans = ["WenQuanYi Zen Hei", "LXGW WenKai", "AR PL UMing CN", "AR PL UKai CN"];
    private static readonly string[] Serif = ["AR PL UMing CN", "LXGW WenKai", "AR PL UKai CN", "WenQuanYi Zen Hei"];

    /// <summary>Faces for ASCII text (TrueType outlines only: TeX Gyre Termes is CFF and would be embedded whole).</summary>
    public static readonly IReadOnlyList<string> LatinSerif = ["Liberation Serif"];

    /// <summary>Title and headings are 黑体 and keep their own sans-serif Latin.</summary>
    public static bool SetsLatinInSerif(FontRole role) => role is FontRole.Body or FontRole.Table;

    public static IReadOnlyList<string> Preferred(FontRole role) => role switch
    {
        FontRole.Title or FontRole.Heading => Sans,
        _ => Serif,
    };

    public static string SiteKey(FontRole role) => role.ToString().ToLowerInvariant();
}

namespace DocGen.Layout.Fonts;

/// <summary>
/// Which faces each role prefers, by family ("FandolFang": its regular face) or family and style
/// ("FandolSong Bold"). GB/T 9704 and every official 年报 set the title in 小标宋 (a heavy Song),
/// the body in 仿宋, first-level headings (一、) in 黑体, second-level ones (（一）) in 楷体 and tables
/// in 仿宋 or 宋. The free faces for those roles are CFF OpenType in Debian (texlive-lang-chinese's
/// Fandol, fonts-noto-cjk-extra's Noto Serif CJK SC), converted to TrueType outlines by
/// script/convert-fonts.py into <see cref="FontCatalog.ConvertedFolder"/>:
/// <list type="bullet">
/// <item>title: Noto Serif CJK SC Bold, a heavy Song standing in for 小标宋 (FandolSong Bold is
/// lighter), then Noto Serif CJK SC Black and FandolSong Bold;</item>
/// <item>heading: FandolHei (黑体); subheading: FandolKai (楷体);</item>
/// <item>body and tables: FandolFang (仿宋; its family name is “FandolFang R”).</item>
/// </list>
/// The TrueType faces used before (WenQuanYi Zen Hei, AR PL UMing/UKai, LXGW WenKai) follow each
/// role's choices, so a machine without the converted faces prints as it did. Fandol covers
/// GB 2312 only: a rarer character in a name falls to the next face that has it. A site's own face
/// (<c>SiteProfile.Fonts</c>) comes first when it is installed.
/// Figures and Latin text in body and tables are set in Liberation Serif (fonts-liberation2),
/// metric-compatible with Times New Roman as government print uses it.
/// </summary>
internal static class FontChoices
{
    private static readonly string[] TitleFaces = ["Noto Serif CJK SC Bold", "Noto Serif CJK SC Black", "FandolSong Bold", "WenQuanYi Zen Hei"];
    private static readonly string[] HeadingFaces = ["FandolHei", "WenQuanYi Zen Hei", "LXGW WenKai", "AR PL UMing CN"];
    private static readonly string[] SubheadingFaces = ["FandolKai", "AR PL UKai CN", "LXGW WenKai", "AR PL UMing CN"];
    private static readonly string[] BodyFaces = ["FandolFang R", "FandolFang", "AR PL UMing CN", "LXGW WenKai", "AR PL UKai CN", "WenQuanYi Zen Hei"];

    /// <summary>Faces for ASCII text (TrueType outlines only: TeX Gyre Termes is CFF and would be embedded whole).</summary>
    public static readonly IReadOnlyList<string> LatinSerif = ["Liberation Serif"];

    /// <summary>Title and headings keep their own face's Latin.</summary>
    public static bool SetsLatinInSerif(FontRole role) => role is FontRole.Body or FontRole.Table;

    public static IReadOnlyList<string> Preferred(FontRole role) => role switch
    {
        FontRole.Title => TitleFaces,
        FontRole.Heading => HeadingFaces,
        FontRole.Subheading => SubheadingFaces,
        _ => BodyFaces,
    };

    public static string SiteKey(FontRole role) => role.ToString().ToLowerInvariant();
}

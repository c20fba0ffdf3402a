namespace DocGen.Server.Configuration;

/// <summary>The "Templates" section: the folder holding default/ and sites/&lt;site_code&gt;/.</summary>
public sealed class TemplatesOptions
{
    public const string Section = "Templates";

    /// <summary>Relative paths resolve against the content root (the repository when run with script/server).</summary>
    public string Root { get; set; } = "templates";
}

/// <summary>The "Fonts" section: folders searched for CJK TrueType fonts, in order, besides DOCGEN_FONT_DIR.</summary>
public sealed class FontsOptions
{
    public const string Section = "Fonts";

    public List<string> Directories { get; set; } = [];

    /// <summary>Also search the system font folders (/usr/share/fonts …).</summary>
    public bool UseSystemFonts { get; set; } = true;
}

using DocGen.Layout.Fonts;

namespace DocGen.Pdf;

/// <summary>
/// Where to look for fonts. Null means <see cref="DefaultFontFolders"/>.
/// </summary>
public sealed record PdfRenderOptions(IReadOnlyList<string>? FontFolders = null)
{
    /// <summary>The system font folders plus every folder in <c>DOCGEN_FONT_DIR</c>.</summary>
    public static IReadOnlyList<string> DefaultFontFolders() => FontCatalog.DefaultFolders();
}

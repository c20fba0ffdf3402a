namespace DocGen.Pdf;

/// <summary>
/// Where to look for fonts. Null means the system font folders plus <c>DOCGEN_FONT_DIR</c>.
/// </summary>
public sealed record PdfRenderOptions(IReadOnlyList<string>? FontFolders = null);

namespace DocGen.Pdf;

/// <summary>Which kind of PDF to write. Both are tagged (structure tree, zh-CN, artifacts).</summary>
public enum PdfProfile
{
    /// <summary>A tagged PDF for the web and print.</summary>
    Standard,

    /// <summary>
    /// PDF/A-1a for archives kept for decades: the same tagged file plus the pdfaid XMP identification
    /// and an sRGB OutputIntent; every font is embedded (as in both profiles), no encryption, no JavaScript.
    /// </summary>
    Archive,
}

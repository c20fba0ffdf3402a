namespace DocGen.Import;

/// <summary>
/// Bounds on what one import reads, far above any real report (the largest archive PDFs are a
/// few MB and under 50 pages) so a hostile document is refused instead of read for minutes.
/// </summary>
public static class ImportLimits
{
    public const int MaxDocumentBytes = 32 * 1024 * 1024;
    public const int MaxPdfPages = 500;
    public const int MaxHtmlDepth = 256;
    public const int MaxHtmlNodes = 500_000;
    public const int MaxTextCharacters = 8 * 1024 * 1024;
}

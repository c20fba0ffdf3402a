namespace DocGen.Import;

/// <summary>
/// Bounds on what one import reads, far above any real report (the largest archive PDFs are a
/// few MB and under 50 pages, a CMS page a few thousand elements) so a hostile document is refused
/// instead of read for minutes or into gigabytes.
/// </summary>
public static class ImportLimits
{
    public const int MaxDocumentBytes = 32 * 1024 * 1024;
    public const int MaxPdfPages = 500;
    public const int MaxHtmlDepth = 256;
    public const int MaxHtmlNodes = 500_000;

    /// <summary>Opening tags counted in the page's text before HtmlAgilityPack builds a tree (each node costs about 1 KB).</summary>
    public const int MaxHtmlElements = 100_000;

    public const int MaxTextCharacters = 8 * 1024 * 1024;

    /// <summary>Paragraphs and table cells of one document (a real report has a few thousand).</summary>
    public const int MaxBlocks = 50_000;

    /// <summary>All a PDF's streams decompressed, each filter of a chain counted.</summary>
    public const long MaxPdfDecodedBytes = 128L * 1024 * 1024;

    /// <summary>The streams decompressed while one page is read (its content, fonts, forms).</summary>
    public const long MaxPdfPageDecodedBytes = 32L * 1024 * 1024;

    /// <summary>
    /// One page's operators (content streams and forms): each becomes objects, some 25 times its bytes
    /// in memory; a dense real page has a few hundred KB.
    /// </summary>
    public const long MaxPdfPageContentBytes = 4L * 1024 * 1024;

    /// <summary>Steps of the search for the ways one row's figures fill its cells when blank cells were dropped.</summary>
    public const int MaxPlacementNodes = 200_000;

    /// <summary>Distinct placements of one row kept for the table-wide search; past it the row is too ambiguous to try.</summary>
    public const int MaxRowCandidates = 256;

    /// <summary>Steps of the search over a table's ambiguous rows under its 勾稽 rules; past it nothing is placed.</summary>
    public const int MaxTableSolverNodes = 500_000;
}

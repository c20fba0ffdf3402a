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

    /// <summary>Figures and heads of one table compared pairwise for where pdftotext -layout set them (a real table has under 200; fixed ones that stand alike count once); past it their columns narrow nothing.</summary>
    public const int MaxAlignedFigures = 500;

    /// <summary>A PDF without a text layer is read by OCR only up to this many pages (each takes a core for a second or more).</summary>
    public const int MaxOcrPages = 30;

    /// <summary>The resolution a scan's pages are rasterised at for OCR (300 dpi reads 五号 figures; 200 dpi misread a rule as 1).</summary>
    public const int OcrDpi = 300;

    /// <summary>One page rasterised for OCR: an A4 page at 300 dpi is 8.7 M pixels, A2 35 M.</summary>
    public const long MaxOcrPagePixels = 40_000_000;

    /// <summary>Table cells of one scan read again alone, as digits, where the page's OCR read their row badly (each a Tesseract run of a fraction of a second).</summary>
    public const int MaxOcrCellRereads = 64;

    /// <summary>Tesseract's TSV for one page (a dense page writes about 100 KB).</summary>
    public const long MaxOcrOutputBytes = 4L * 1024 * 1024;

    /// <summary>CPU one run of an OCR tool may use (a page read takes 1–3 s): counted by the kernel, so a busy machine does not trip it.</summary>
    public const int OcrToolCpuSeconds = 20;

    /// <summary>Wall time of one run of an OCR tool, a backstop: the import's own deadline (30 s through ImportApi) usually comes first.</summary>
    public static readonly TimeSpan OcrToolTimeLimit = TimeSpan.FromSeconds(120);

    /// <summary>The address space an OCR tool may map (Tesseract with chi_sim needs about 200 MB).</summary>
    public const long OcrToolMemoryBytes = 1024L * 1024 * 1024;

    /// <summary>What OCR needs installed, named in the error when it is missing.</summary>
    public const string OcrPackages = "poppler-utils, tesseract-ocr, tesseract-ocr-chi-sim";
}

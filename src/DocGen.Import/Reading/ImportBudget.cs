namespace DocGen.Import.Reading;

/// <summary>
/// What one import may spend, shared by every reader and recogniser of that import: the caller's
/// deadline and the server's time limit (one token), the paragraphs and cells read, and the bytes
/// a PDF's streams decompress to (per document and per page). Call <see cref="Check"/> inside every
/// loop whose length the document decides; a breach is an <see cref="ImportException"/> naming the
/// limit, a passed deadline an <see cref="OperationCanceledException"/>.
/// </summary>
/// <remarks>
/// A breach is remembered: a library that swallows the exception thrown from inside it (PdfPig's
/// lenient parsing) still ends the import at the next <see cref="Check"/>. Not thread-safe: one
/// import reads on one thread.
/// </remarks>
public sealed class ImportBudget(CancellationToken cancellationToken)
{
    private long _blocks;
    private long _documentDecoded;
    private long _pageDecoded;
    private long _pageContentDecoded;
    private int _page;
    private string? _breach;

    /// <summary>A budget with no deadline (tests, tools); the limits still hold.</summary>
    public static ImportBudget Unbounded => new(CancellationToken.None);

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>Throws when the deadline has passed or a limit was breached; costs a field read.</summary>
    public void Check()
    {
        if (_breach is not null) throw new ImportException(_breach);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>One more paragraph or table cell read; past <see cref="ImportLimits.MaxBlocks"/> the document is refused.</summary>
    public void CountBlock()
    {
        if (++_blocks > ImportLimits.MaxBlocks)
            Breach($"document has more than {ImportLimits.MaxBlocks:N0} paragraphs and table cells");
        Check();
    }

    /// <summary>Page <paramref name="page"/> is read next: its decompression budget starts afresh.</summary>
    public void StartPage(int page)
    {
        _page = page;
        _pageDecoded = 0;
        _pageContentDecoded = 0;
        Check();
    }

    /// <summary>The most a stream may still decompress to before a limit is breached.</summary>
    public long DecodedRoomLeft(bool isContent)
    {
        var room = Math.Min(ImportLimits.MaxPdfDecodedBytes - _documentDecoded, ImportLimits.MaxPdfPageDecodedBytes - _pageDecoded);
        return isContent ? Math.Min(room, ImportLimits.MaxPdfPageContentBytes - _pageContentDecoded) : room;
    }

    /// <summary>
    /// <paramref name="bytes"/> more decompressed by one filter of a stream (each filter of a chain
    /// counts: [/FlateDecode /FlateDecode] is charged twice). Content streams (page and form
    /// operators) also count against the page's content limit, since each operator becomes objects.
    /// </summary>
    public void Decoded(long bytes, bool isContent)
    {
        _documentDecoded += bytes;
        _pageDecoded += bytes;
        if (isContent) _pageContentDecoded += bytes;
        if (_documentDecoded > ImportLimits.MaxPdfDecodedBytes)
            Breach($"PDF streams decompress to more than {ImportLimits.MaxPdfDecodedBytes:N0} bytes (the document limit)");
        if (_pageDecoded > ImportLimits.MaxPdfPageDecodedBytes)
            Breach($"PDF streams of {Where()} decompress to more than {ImportLimits.MaxPdfPageDecodedBytes:N0} bytes (the page limit)");
        if (_pageContentDecoded > ImportLimits.MaxPdfPageContentBytes)
            Breach($"PDF content of {Where()} decompresses to more than {ImportLimits.MaxPdfPageContentBytes:N0} bytes (the page content limit)");
        Check();
    }

    private string Where() => _page > 0 ? $"page {_page}" : "the document's structure";

    private void Breach(string message)
    {
        _breach ??= message;
        throw new ImportException(_breach);
    }
}

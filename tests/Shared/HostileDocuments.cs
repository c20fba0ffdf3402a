using System.IO.Compression;
using System.Text;

namespace DocGen.Tests.Shared;

/// <summary>
/// Documents made to exhaust an importer: the ones issue 24's attack used against ImportReport,
/// built here from their idea (a few headings and a flood of empty table cells, decompression
/// bombs, a page of unclosed cells), each small on the wire.
/// </summary>
internal static class HostileDocuments
{
    private static readonly Lazy<byte[]> NestedBomb = new(() => Pdf(Deflate([Deflate(Repeated((byte)' ', 2L << 30))]), "[/FlateDecode /FlateDecode]"));
    private static readonly Lazy<byte[]> SingleBomb = new(() => Pdf(Deflate(Repeated((byte)' ', 1L << 30)), "/FlateDecode"));
    private static readonly Lazy<byte[]> Operators = new(() =>
        Pdf(Deflate(Repeated(Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 700 Td (x) Tj ET\n"), 64L << 20)), "/FlateDecode"));

    /// <summary>Three national headings, then 1,300,000 lines of " |" (3.9 MB of UTF-8 text).</summary>
    public static byte[] BarLines(int lines = 1_300_000)
    {
        var text = new StringBuilder("一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n", lines * 3 + 100);
        text.Insert(text.Length, " |\n", lines);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>A one-page PDF whose content stream is 2 GiB of spaces deflated twice (a few KB).</summary>
    public static byte[] NestedFlateBomb => NestedBomb.Value;

    /// <summary>A one-page PDF whose content stream is 1 GiB of spaces deflated once (about 1 MB).</summary>
    public static byte[] FlateBomb => SingleBomb.Value;

    /// <summary>A one-page PDF whose content is 64 MiB of text-showing operators.</summary>
    public static byte[] TextOperatorFlood => Operators.Value;

    /// <summary>3.5 MB of unclosed &lt;td&gt; after a national heading.</summary>
    public static byte[] UnclosedCells()
    {
        var html = new StringBuilder("<html><body><p>二、主动公开政府信息情况</p><table><tr>", 3_600_000);
        html.Insert(html.Length, "<td>", 875_000);
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    /// <summary>A one-page PDF drawing <paramref name="rules"/> vertical rules (about 16 bytes each) behind a few lines of figures.</summary>
    public static byte[] RuledPage(int rules)
    {
        var content = new StringBuilder(rules * 20 + 1000);
        for (var i = 0; i < rules; i++) content.Append(System.FormattableString.Invariant($"{50 + i % 500} 100 m {50 + i % 500} 800 l S\n"));
        for (var line = 0; line < 40; line++) content.Append(System.FormattableString.Invariant($"BT /F1 10 Tf 60 {780 - line * 16} Td (1  2  3  4  5  6  7) Tj ET\n"));
        return Pdf(Encoding.ASCII.GetBytes(content.ToString()), filter: null);
    }

    /// <summary>A PDF of <paramref name="pages"/> empty pages of <paramref name="width"/> × <paramref name="height"/> points, its page tree listing one page object that many times (a few bytes a page).</summary>
    public static byte[] EmptyPages(double width = 595, double height = 842, int pages = 1) =>
        Pdf([], filter: null, System.FormattableString.Invariant($"0 0 {width} {height}"), pages);

    private static IEnumerable<byte[]> Repeated(byte value, long length)
    {
        var chunk = new byte[1 << 20];
        Array.Fill(chunk, value);
        for (long left = length; left > 0; left -= chunk.Length) yield return left >= chunk.Length ? chunk : chunk[..(int)left];
    }

    private static IEnumerable<byte[]> Repeated(byte[] unit, long length)
    {
        var chunk = new byte[(1 << 20) / unit.Length * unit.Length];
        for (var i = 0; i + unit.Length <= chunk.Length; i += unit.Length) unit.CopyTo(chunk, i);
        for (long left = length; left > 0; left -= chunk.Length) yield return chunk;
    }

    private static byte[] Deflate(IEnumerable<byte[]> chunks)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            foreach (var chunk in chunks) zlib.Write(chunk);
        }
        return output.ToArray();
    }

    private static byte[] Pdf(byte[] content, string? filter, string mediaBox = "0 0 595 842", int count = 1)
    {
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Write($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }
        Write("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object($"<< /Type /Pages /Kids [{string.Join(" ", Enumerable.Repeat("3 0 R", count))}] /Count {count} >>");
        Object($"<< /Type /Page /Parent 2 0 R /MediaBox [{mediaBox}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        offsets.Add(pdf.Position);
        Write($"4 0 obj\n<< /Length {content.Length}{(filter is null ? "" : " /Filter " + filter)} >>\nstream\n");
        pdf.Write(content);
        Write("\nendstream\nendobj\n");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}

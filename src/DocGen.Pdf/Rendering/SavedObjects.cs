using System.Globalization;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// A PDF as PDFsharp saved it, with some of its objects written again after the save (a CIDSet, the
/// XMP packet): the file is reassembled object by object from the offsets PDFsharp recorded, every
/// other object's bytes copied as they are, with a new cross-reference table. One allocation: the
/// file's size is known before it is copied.
/// </summary>
internal static class SavedObjects
{
    private static readonly byte[] StartXref = "startxref"u8.ToArray();
    private static readonly byte[] Trailer = "trailer"u8.ToArray();
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStream = "endstream"u8.ToArray();

    /// <summary>The saved file with the objects of <paramref name="replacements"/> (object number → whole "N G obj … endobj" bytes) in place of PDFsharp's.</summary>
    public static byte[] Replace(ReadOnlySpan<byte> saved, PdfDocument document, IReadOnlyDictionary<int, byte[]> replacements)
    {
        if (replacements.Count == 0) return saved.ToArray();
        var objects = document.Internals.GetAllObjects().Select(o => o.Reference!).OrderBy(r => r.Position).ToList();
        var xref = XrefOffset(saved);
        var trailerStart = saved[(int)xref..].IndexOf(Trailer) + (int)xref;
        var startXrefAt = saved.LastIndexOf(StartXref);
        if (trailerStart < xref || startXrefAt < trailerStart) throw new InvalidOperationException("the saved PDF has no trailer after its cross-reference table");

        // Where each object lands, before anything is copied.
        var pieces = new (int Number, int Generation, int Start, int End, byte[]? Replacement)[objects.Count];
        long position = objects[0].Position;
        var positions = new SortedDictionary<int, (long Position, int Generation)>();
        for (var i = 0; i < objects.Count; i++)
        {
            var reference = objects[i];
            var end = i + 1 < objects.Count ? objects[i + 1].Position : xref;
            replacements.TryGetValue(reference.ObjectNumber, out var replacement);
            pieces[i] = (reference.ObjectNumber, reference.GenerationNumber, (int)reference.Position, (int)end, replacement);
            positions.Add(reference.ObjectNumber, (position, reference.GenerationNumber));
            position += replacement?.Length ?? end - reference.Position;
        }

        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {positions.Count + 1}\n0000000000 65535 f \n");
        var expected = 1;
        foreach (var (number, (at, generation)) in positions)
        {
            if (number != expected++) throw new InvalidOperationException($"the saved PDF's objects are not numbered 1…{positions.Count} without gaps (object {number})");
            table.Append(CultureInfo.InvariantCulture, $"{at:0000000000} {generation:00000} n \n");
        }
        var xrefBytes = Encoding.ASCII.GetBytes(table.ToString());
        var trailer = saved[trailerStart..startXrefAt]; // the trailer dictionary (/Size, /Root, /Info, /ID) is unchanged
        var tail = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"startxref\n{position}\n%%EOF\n"));

        var file = new byte[position + xrefBytes.Length + trailer.Length + tail.Length];
        var to = file.AsSpan();
        saved[..(int)objects[0].Position].CopyTo(to);
        to = to[(int)objects[0].Position..];
        foreach (var piece in pieces)
        {
            var bytes = piece.Replacement is { } replacement ? replacement : saved[piece.Start..piece.End];
            bytes.CopyTo(to);
            to = to[bytes.Length..];
        }
        xrefBytes.CopyTo(to);
        trailer.CopyTo(to[xrefBytes.Length..]);
        tail.CopyTo(to[(xrefBytes.Length + trailer.Length)..]);
        return file;
    }

    /// <summary>Where each object PDFsharp saved starts and ends in the file, by object number.</summary>
    public static Dictionary<int, (int Start, int End)> Ranges(ReadOnlySpan<byte> saved, PdfDocument document)
    {
        var objects = document.Internals.GetAllObjects().Select(o => o.Reference!).OrderBy(r => r.Position).ToList();
        var xref = (int)XrefOffset(saved);
        var ranges = new Dictionary<int, (int, int)>(objects.Count);
        for (var i = 0; i < objects.Count; i++)
            ranges[objects[i].ObjectNumber] = ((int)objects[i].Position, i + 1 < objects.Count ? (int)objects[i + 1].Position : xref);
        return ranges;
    }

    /// <summary>A stream object's dictionary (between its outer &lt;&lt; &gt;&gt;) and data, as PDFsharp wrote them.</summary>
    public static string Stream(ReadOnlySpan<byte> item, int objectNumber, out ReadOnlySpan<byte> data)
    {
        var start = item.IndexOf(StreamKeyword);
        var end = item.LastIndexOf(EndStream);
        var open = item.IndexOf("<<"u8);
        if (start < 0 || end < start || open < 0) throw new InvalidOperationException($"object {objectNumber} is not a stream");
        var close = item[..start].LastIndexOf(">>"u8);
        var dictionary = Encoding.Latin1.GetString(item[(open + 2)..close]);
        start += StreamKeyword.Length;
        if (item[start] == '\r') start++;
        if (item[start] == '\n') start++;
        if (end > start && item[end - 1] == '\n') end--;
        if (end > start && item[end - 1] == '\r') end--;
        data = item[start..end];
        return dictionary;
    }

    /// <summary>"N G obj &lt;&lt;dictionary /Length L&gt;&gt; stream … endstream endobj".</summary>
    public static byte[] StreamObject(PdfReference reference, string dictionary, ReadOnlySpan<byte> data)
    {
        var head = Encoding.Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{reference.ObjectNumber} {reference.GenerationNumber} obj\n<<{dictionary}/Length {data.Length}>>\nstream\n"));
        var end = "\nendstream\nendobj\n"u8;
        var bytes = new byte[head.Length + data.Length + end.Length];
        head.CopyTo(bytes, 0);
        data.CopyTo(bytes.AsSpan(head.Length));
        end.CopyTo(bytes.AsSpan(head.Length + data.Length));
        return bytes;
    }

    private static long XrefOffset(ReadOnlySpan<byte> saved)
    {
        var at = saved.LastIndexOf(StartXref);
        if (at < 0) throw new InvalidOperationException("the saved PDF has no startxref");
        var digits = saved[(at + StartXref.Length)..].TrimStart("\r\n "u8);
        var length = digits.IndexOfAnyExcept("0123456789"u8);
        return long.Parse(digits[..length], NumberStyles.None, CultureInfo.InvariantCulture);
    }
}

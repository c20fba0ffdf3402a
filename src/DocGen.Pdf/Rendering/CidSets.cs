using System.Globalization;
using System.IO.Compression;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// ISO 19005-1 6.3.5: the descriptor of every embedded CIDFont subset names the CIDs present in it
/// with a CIDSet stream. PDFsharp 6.2 writes none and makes the subset only while saving, so this
/// works in two steps: before the save each CIDFontType2 descriptor gets a <c>/CIDSet</c> reference to
/// an object of our own; after it, that object is written again with the CIDs read from the font
/// program PDFsharp embedded (<see cref="GlyphPresence"/>), and the file is reassembled object by
/// object from the offsets PDFsharp recorded, with a new cross-reference table. Every other object's
/// bytes are copied as they are.
/// </summary>
internal static class CidSets
{
    private static readonly byte[] StartXref = "startxref"u8.ToArray();
    private static readonly byte[] Trailer = "trailer"u8.ToArray();

    public sealed record Reservation(PdfDictionary Descriptor, PdfDictionary CidSet);

    /// <summary>Before saving: a placeholder CIDSet for every CIDFontType2 descriptor (one per descriptor, however many fonts share it).</summary>
    public static IReadOnlyList<Reservation> Reserve(PdfDocument document)
    {
        var reserved = new List<Reservation>();
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary font || font.Elements.GetName("/Subtype") != "/CIDFontType2") continue;
            if (Resolve(font.Elements["/FontDescriptor"]) is not PdfDictionary descriptor || descriptor.Elements.ContainsKey("/CIDSet")) continue;
            var cidSet = new PdfDictionary(document);
            document.Internals.AddObject(cidSet);
            cidSet.CreateStream([0]); // replaced after the save, when the subset exists
            descriptor.Elements["/CIDSet"] = cidSet.Reference;
            reserved.Add(new Reservation(descriptor, cidSet));
        }
        return reserved;
    }

    /// <summary>After saving: the file with each reserved CIDSet written from its font program.</summary>
    public static byte[] Write(ReadOnlySpan<byte> saved, PdfDocument document, IReadOnlyList<Reservation> reserved)
    {
        if (reserved.Count == 0) return saved.ToArray();
        var replacements = new Dictionary<int, byte[]>();
        foreach (var (descriptor, cidSet) in reserved)
        {
            var program = Resolve(descriptor.Elements["/FontFile2"]) as PdfDictionary ?? throw new InvalidOperationException($"{descriptor.Elements.GetName("/FontName")}: no embedded TrueType program (/FontFile2) to take the CIDSet from");
            var set = GlyphPresence.CidSet(program.Stream.UnfilteredValue);
            replacements[cidSet.Reference!.ObjectNumber] = StreamObject(cidSet.Reference, Deflate(set));
        }

        var objects = document.Internals.GetAllObjects().Select(o => o.Reference!).OrderBy(r => r.Position).ToList();
        var xref = XrefOffset(saved);
        var trailerStart = saved[(int)xref..].IndexOf(Trailer) + (int)xref;
        var startXrefAt = saved.LastIndexOf(StartXref);
        if (trailerStart < xref || startXrefAt < trailerStart) throw new InvalidOperationException("the saved PDF has no trailer after its cross-reference table");

        using var output = new MemoryStream(saved.Length + 4096);
        output.Write(saved[..(int)objects[0].Position]);
        var positions = new SortedDictionary<int, (long Position, int Generation)>();
        for (var i = 0; i < objects.Count; i++)
        {
            var reference = objects[i];
            positions.Add(reference.ObjectNumber, (output.Position, reference.GenerationNumber));
            var end = i + 1 < objects.Count ? objects[i + 1].Position : xref;
            if (replacements.TryGetValue(reference.ObjectNumber, out var replacement)) output.Write(replacement);
            else output.Write(saved[(int)reference.Position..(int)end]);
        }

        var newXref = output.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {positions.Count + 1}\n0000000000 65535 f \n");
        var expected = 1;
        foreach (var (number, (position, generation)) in positions)
        {
            if (number != expected++) throw new InvalidOperationException($"the saved PDF's objects are not numbered 1…{positions.Count} without gaps (object {number})");
            table.Append(CultureInfo.InvariantCulture, $"{position:0000000000} {generation:00000} n \n");
        }
        output.Write(Encoding.ASCII.GetBytes(table.ToString()));
        output.Write(saved[trailerStart..startXrefAt]); // the trailer dictionary (/Size, /Root, /Info, /ID) is unchanged
        output.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"startxref\n{newXref}\n%%EOF\n")));
        return output.ToArray();
    }

    private static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;

    private static long XrefOffset(ReadOnlySpan<byte> saved)
    {
        var at = saved.LastIndexOf(StartXref);
        if (at < 0) throw new InvalidOperationException("the saved PDF has no startxref");
        var digits = saved[(at + StartXref.Length)..].TrimStart("\r\n "u8);
        var length = digits.IndexOfAnyExcept("0123456789"u8);
        return long.Parse(digits[..length], NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static byte[] StreamObject(PdfReference reference, byte[] data)
    {
        using var bytes = new MemoryStream(data.Length + 96);
        bytes.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{reference.ObjectNumber} {reference.GenerationNumber} obj\n<</Filter/FlateDecode/Length {data.Length}>>\nstream\n")));
        bytes.Write(data);
        bytes.Write("\nendstream\nendobj\n"u8);
        return bytes.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return buffer.ToArray();
    }
}

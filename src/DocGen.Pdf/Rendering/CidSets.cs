using System.IO.Compression;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// ISO 19005-1 6.3.5: the descriptor of every embedded CIDFont subset names the CIDs present in it
/// with a CIDSet stream. PDFsharp 6.2 writes none and makes the subset only while saving, so this
/// works in two steps: before the save each CIDFontType2 descriptor gets a <c>/CIDSet</c> reference to
/// an object of our own; after it, that object is written again with the CIDs read from the font
/// program PDFsharp embedded (<see cref="GlyphPresence"/>) and put in the file by <see cref="SavedObjects"/>.
/// </summary>
internal static class CidSets
{
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

    /// <summary>After saving: each reserved CIDSet written from its font program, by object number (<see cref="SavedObjects.Replace"/>).</summary>
    public static Dictionary<int, byte[]> Written(PdfDocument document, IReadOnlyList<Reservation> reserved)
    {
        var replacements = new Dictionary<int, byte[]>();
        foreach (var (descriptor, cidSet) in reserved)
        {
            var program = Resolve(descriptor.Elements["/FontFile2"]) as PdfDictionary ?? throw new InvalidOperationException($"{descriptor.Elements.GetName("/FontName")}: no embedded TrueType program (/FontFile2) to take the CIDSet from");
            var set = GlyphPresence.CidSet(program.Stream.UnfilteredValue);
            replacements[cidSet.Reference!.ObjectNumber] = SavedObjects.StreamObject(cidSet.Reference, "/Filter/FlateDecode", Deflate(set));
        }
        return replacements;
    }

    private static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;

    private static byte[] Deflate(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return buffer.ToArray();
    }
}

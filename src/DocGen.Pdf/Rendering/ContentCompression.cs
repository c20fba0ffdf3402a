using System.IO.Compression;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// PDFsharp 6.2's own deflater leaves streams without the final deflate block and Adler-32 (qpdf
/// --check: "input stream is complete but output may still be valid") and is managed code: with
/// four CJK faces embedded, deflating their subsets took a quarter of a render. So PDFsharp
/// compresses nothing (<c>NoCompression</c>): each page's content is compressed with .NET's zlib
/// before the save (<see cref="Compress"/>), and after it every other stream PDFsharp wrote raw —
/// font programs, ToUnicode maps, the ICC profile — is compressed the same way and put back into the
/// file (<see cref="CompressSaved"/>, <see cref="SavedObjects"/>); the XMP packet stays
/// uncompressed, for the tools that look for it by its bytes. All at the fastest level.
/// </summary>
internal static partial class ContentCompression
{
    public static void Configure(PdfDocument document)
    {
        document.Options.CompressContentStreams = false;
        document.Options.NoCompression = true;
    }

    public static void Compress(PdfPage page)
    {
        foreach (var item in page.Contents.Elements)
        {
            if ((item is PdfReference reference ? reference.Value : item) is not PdfContent content || content.Stream is null) continue;
            if (content.Elements.ContainsKey("/Filter")) continue;
            content.Stream.Value = Deflate(content.Stream.Value);
            content.Elements.SetName("/Filter", "/FlateDecode");
        }
    }

    /// <summary>After the save: every stream PDFsharp wrote uncompressed but the XMP packet, compressed, by object number (<see cref="SavedObjects.Replace"/>).</summary>
    public static void CompressSaved(ReadOnlySpan<byte> saved, IReadOnlyDictionary<int, (int Start, int End)> ranges, PdfDocument document, Dictionary<int, byte[]> written)
    {
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary { Stream: not null } dictionary || dictionary.Reference is not { } reference) continue;
            if (dictionary.Elements.ContainsKey("/Filter") || dictionary.Elements.GetName("/Type") == "/Metadata" || written.ContainsKey(reference.ObjectNumber)) continue;
            var (start, end) = ranges[reference.ObjectNumber];
            var raw = SavedObjects.Stream(saved[start..end], reference.ObjectNumber, out var data);
            var lengths = Length().Count(raw);
            if (lengths != 1) throw new InvalidOperationException($"object {reference.ObjectNumber}: {lengths} /Length entries in <<{raw}>>");
            var head = Length().Replace(raw, "");
            using var deflated = SaveBuffers.Rent(); // pooled: the object below is the only copy kept
            using (var zlib = new ZLibStream(deflated, CompressionLevel.Fastest, leaveOpen: true))
                zlib.Write(data);
            written[reference.ObjectNumber] = SavedObjects.StreamObject(reference, head + "/Filter/FlateDecode", deflated.GetBuffer().AsSpan(0, (int)deflated.Length));
        }
    }

    private static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var buffer = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            zlib.Write(data);
        return buffer.ToArray();
    }

    // "/Length 1234" (not /Length1, /Length2 …, which a font program also carries).
    [GeneratedRegex(@"/Length\s+\d+(?!\d)")]
    private static partial Regex Length();
}

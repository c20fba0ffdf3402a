using System.IO.Compression;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// PDFsharp 6.2's own deflater leaves content streams without the final deflate block and
/// Adler-32 (qpdf --check: "input stream is complete but output may still be valid"). We turn
/// its content compression off and compress each page's content with .NET's zlib instead, at the
/// fastest level (a 4-page report grows by ~4 KiB over the default level). Font subsets stay with
/// PDFsharp (qpdf does not decode them) at its fastest setting: saving took ~11 ms of a 4-page
/// report at the default level, ~4 ms at BestSpeed, for ~40% larger files.
/// </summary>
internal static class ContentCompression
{
    public static void Configure(PdfDocument document)
    {
        document.Options.CompressContentStreams = false;
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
    }

    public static void Compress(PdfPage page)
    {
        foreach (var item in page.Contents.Elements)
        {
            if ((item is PdfReference reference ? reference.Value : item) is not PdfContent content || content.Stream is null) continue;
            if (content.Elements.ContainsKey("/Filter")) continue;
            using var buffer = new MemoryStream();
            using (var zlib = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
                zlib.Write(content.Stream.Value);
            content.Stream.Value = buffer.ToArray();
            content.Elements.SetName("/Filter", "/FlateDecode");
        }
    }
}

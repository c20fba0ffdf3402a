using System.Text;
using DocGen.Import.Document;
using DocGen.Import.Reading;
using DocGen.Import.Recognition;
using CoreEdition = DocGen.Core.Model.Edition;

namespace DocGen.Import;

/// <summary>
/// A published report's bytes → the report recognised in them. Refuses (with
/// <see cref="ImportException"/>) what is not a report or is past <see cref="ImportLimits"/>.
/// </summary>
public static class ReportImporter
{
    public static RecognizedReport Import(ReadOnlyMemory<byte> document, string mediaType, string fileName, CoreEdition edition, CancellationToken cancellationToken) =>
        Import(document, mediaType, fileName, edition, ReadingContext.For(cancellationToken));

    /// <summary>Reads within <paramref name="context"/>'s budget: its deadline and limits hold inside every reader's loops.</summary>
    public static RecognizedReport Import(ReadOnlyMemory<byte> document, string mediaType, string fileName, CoreEdition edition, ReadingContext context)
    {
        if (document.Length == 0) throw new ImportException("document is empty");
        if (document.Length > ImportLimits.MaxDocumentBytes)
            throw new ImportException($"document is {document.Length:N0} bytes; the limit is {ImportLimits.MaxDocumentBytes:N0}");
        var kind = DocumentKinds.Detect(document.Span, mediaType, fileName);
        var source = kind switch
        {
            DocumentKind.Pdf => PdfDocumentReader.Read(document, context),
            DocumentKind.Html => HtmlDocumentReader.Read(Decode(document.Span, "HTML"), context),
            _ => TextDocumentReader.Read(Decode(document.Span, "text"), context),
        };
        return ReportRecognizer.Recognize(source, edition, context);
    }

    /// <summary>UTF-8 text; binary junk (invalid UTF-8, control characters) is refused rather than searched for a report.</summary>
    private static string Decode(ReadOnlySpan<byte> bytes, string kind)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ImportException($"document is not UTF-8 {kind}: invalid byte at offset {e.Index:N0}");
        }
        if (text.Length > ImportLimits.MaxTextCharacters)
            throw new ImportException($"document is {text.Length:N0} characters; the limit is {ImportLimits.MaxTextCharacters:N0}");
        var controls = text.Count(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f');
        if (controls > 0 && controls * 100 > text.Length)
            throw new ImportException($"document is binary, not {kind}: {controls:N0} control characters");
        return text;
    }
}

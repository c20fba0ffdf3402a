using DocGen.Import.Document;
using DocGen.Import.Reading;
using DocGen.Import.Recognition.Recognizers;
using DocGen.Protos.V1;
using CoreEdition = DocGen.Core.Model.Edition;

namespace DocGen.Import.Recognition;

/// <summary>What recognition made of a document: the report, the edition it reads as, and every note.</summary>
public sealed record RecognizedReport(AnnualReport Report, CoreEdition Edition, IReadOnlyList<ImportNote> Notes);

/// <summary>
/// Turns a <see cref="SourceDocument"/> into a contract <see cref="AnnualReport"/> by small
/// recognisers over one <see cref="RecognitionContext"/>, in order: the outline (headings), identity
/// (title, agency, year, catalogue header), the 落款, the preamble, then the national sections and
/// tables or a legacy report's numbered sections. What they cannot find they leave out and note.
/// </summary>
public static class ReportRecognizer
{
    public static RecognizedReport Recognize(SourceDocument document, CoreEdition requested, ReadingContext reading, string fileName = "")
    {
        var context = new RecognitionContext(document, reading, fileName);
        ReportOutline.Find(context);
        IdentityRecognizer.Read(context);
        ReportOutline.Reconsider(context);
        SignatureRecognizer.Read(context);
        SectionText.ReadPreamble(context);
        var edition = context.IsNational ? NationalSections.Read(context, requested) : LegacySections.Read(context, requested);
        return new RecognizedReport(context.Report, edition, context.Notes);
    }
}

using DocGen.Protos.V1;
using CoreEdition = DocGen.Core.Model.Edition;

namespace DocGen.Import.Recognition.Recognizers;

/// <summary>A LEGACY_2008 report: its own numbered sections (一、 二、 …), each heading and its text.</summary>
public static class LegacySections
{
    public static CoreEdition Read(RecognitionContext context, CoreEdition requested)
    {
        var report = context.Report;
        var numbered = context.Numbered;
        var edition = requested == CoreEdition.Unspecified ? CoreEdition.Legacy2008 : requested;
        if (report.Year is >= 2019 && edition == CoreEdition.Legacy2008)
        {
            report.Edition = Edition.Legacy2008;
            context.Note("edition", "", "the document", $"a {report.Year} report without the national tables or headings; read as LEGACY_2008");
        }
        for (var k = 0; k < numbered.Count; k++)
        {
            var stop = k + 1 < numbered.Count ? numbered[k + 1] : context.End;
            report.Sections.Add(new Section
            {
                Heading = context.Texts[numbered[k]].Trim(),
                Body = new RichText { Text = SectionText.Body(context.Texts, numbered[k] + 1, stop, skipHeader: false) },
            });
        }
        return edition;
    }
}

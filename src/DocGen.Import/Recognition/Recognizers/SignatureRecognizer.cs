namespace DocGen.Import.Recognition.Recognizers;

/// <summary>
/// The 落款 after the last heading (signer and date), which is where the report's text ends; else
/// the page's chrome (footer) ends it.
/// </summary>
public static class SignatureRecognizer
{
    public static void Read(RecognitionContext context)
    {
        var texts = context.Texts;
        var report = context.Report;
        for (var i = context.LastHeading + 1; i < texts.Count; i++)
        {
            if (SignatureLine.ReadDate(texts[i]) is { } date)
            {
                report.SignedOn = date;
                context.End = i;
                if (i - 1 > context.LastHeading && SignatureLine.IsSigner(texts[i - 1]))
                {
                    report.SignedBy = texts[i - 1].Trim();
                    context.End = i - 1;
                }
                else if (report.Agency.Length > 0)
                {
                    report.SignedBy = report.Agency;
                    context.Note("signed_by", "", context.Paragraphs[i].Where, "the 落款 prints only the date; signed_by is the agency");
                }
                return;
            }
            if (PageChrome.IsChrome(texts[i]))
            {
                context.End = i;
                return;
            }
        }
    }
}

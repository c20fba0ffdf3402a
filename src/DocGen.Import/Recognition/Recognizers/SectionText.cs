using DocGen.Protos.V1;

namespace DocGen.Import.Recognition.Recognizers;

/// <summary>The preamble and the sections' narratives: paragraphs between headings, one a line, page chrome left out.</summary>
public static class SectionText
{
    public static void ReadPreamble(RecognitionContext context)
    {
        var preamble = Body(context.Texts, context.PreambleStart, context.FirstHeading, skipHeader: true);
        if (preamble.Length > 0) context.Report.Preamble = new RichText { Text = preamble };
    }

    /// <summary>Paragraphs [from, to) as a narrative's text, one paragraph a line; page chrome left out.</summary>
    public static string Body(List<string> texts, int from, int to, bool skipHeader)
    {
        var lines = new List<string>();
        for (var i = Math.Max(from, 0); i < to && i < texts.Count; i++)
        {
            var line = texts[i].Trim();
            if (line.Length == 0 || PageChrome.IsChrome(line) || (skipHeader && (CatalogueHeader.IsHeaderLine(line) || TitleLine.Read(line) is not null))) continue;
            lines.Add(line);
        }
        return string.Join("\n", lines);
    }
}

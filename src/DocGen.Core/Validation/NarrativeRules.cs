using System.Text.RegularExpressions;
using DocGen.Core.Editions;
using DocGen.Core.Layout;
using DocGen.Core.Model;
using static DocGen.Core.Validation.Findings;

namespace DocGen.Core.Validation;

/// <summary>Warnings about the narrative: empty sections, and a 2021+ report silent on 信息处理费.</summary>
internal static partial class NarrativeRules
{
    private const string FeeWording = "处理费"; // matches 信息处理费 and 政府信息公开处理费 alike

    public static IEnumerable<Finding> Check(AnnualReport report, Edition edition) =>
        EditionResolver.HasNationalTables(edition) ? NationalEdition(report, edition) : Legacy(report);

    private static IEnumerable<Finding> NationalEdition(AnnualReport report, Edition edition)
    {
        var headings = NationalLayout.SectionHeadings;
        foreach (var (path, text, heading) in new[]
                 {
                     ("overview", report.Overview, headings[0]),
                     ("problems", report.Problems, headings[4]),
                     ("other_matters", report.OtherMatters, headings[5]),
                 })
        {
            if (SaysNothing(text))
            {
                yield return Warning(FindingCodes.EmptySection, path, $"「{heading}」没有内容");
            }
        }
        // 国办函〔2020〕109号: fees are charged from 2021-01-01, and section 六 reports what was collected.
        if (edition == Edition.Edition2021 && !MentionsFee(report.OtherMatters))
        {
            yield return Warning(FindingCodes.FeeNotStated, "other_matters",
                $"「{headings[5]}」未说明信息处理费收取情况（如“本年度未收取信息处理费。”）");
        }
    }

    private static IEnumerable<Finding> Legacy(AnnualReport report)
    {
        if (report.Sections.Count == 0)
        {
            yield return Warning(FindingCodes.EmptySection, "sections", "2008 年版报告没有任何章节（sections）");
        }
        for (var i = 0; i < report.Sections.Count; i++)
        {
            if (SaysNothing(report.Sections[i].Body))
            {
                yield return Warning(FindingCodes.EmptySection, $"sections[{i}].body", $"章节「{report.Sections[i].Heading}」没有内容");
            }
        }
    }

    /// <summary>Blank, or HTML whose tags hold no text (a CMS editor leaves "&lt;p&gt;&amp;nbsp;&lt;/p&gt;" behind).</summary>
    private static bool SaysNothing(RichText? text) =>
        text is null || text.IsBlank ||
        (text.IsHtml && string.IsNullOrWhiteSpace(Markup().Replace(text.Html, " ").Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase)));

    private static bool MentionsFee(RichText? text) =>
        text is not null && (text.Text.Contains(FeeWording, StringComparison.Ordinal) || text.Html.Contains(FeeWording, StringComparison.Ordinal));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Markup();
}

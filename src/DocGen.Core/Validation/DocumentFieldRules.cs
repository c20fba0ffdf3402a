using System.Globalization;
using DocGen.Core.Editions;
using DocGen.Core.Model;
using static DocGen.Core.Validation.Findings;

namespace DocGen.Core.Validation;

/// <summary>The report's own fields: agency, year, 落款 date.</summary>
internal static class DocumentFieldRules
{
    public static IEnumerable<Finding> Check(AnnualReport report, int currentYear)
    {
        if (string.IsNullOrWhiteSpace(report.Agency))
        {
            yield return Error(FindingCodes.MissingAgency, "agency", "未填写发布机构（agency）");
        }
        if (report.Year == 0)
        {
            yield return Error(FindingCodes.MissingYear, "year", "未填写报告年度（year）");
        }
        else if (report.Year < EditionResolver.FirstYear || report.Year > currentYear + 1)
        {
            yield return new Finding(FindingSeverity.Error, FindingCodes.YearOutOfRange, "year",
                $"报告年度 {report.Year} 不在 {EditionResolver.FirstYear} 至 {currentYear + 1} 年之间", 0, report.Year);
        }
        if (report.SignedOn.Length == 0)
        {
            yield return SignedOnMissing(report);
        }
        else if (!DateOnly.TryParseExact(report.SignedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            yield return Error(FindingCodes.InvalidSignedOn, "signed_on", $"落款日期「{report.SignedOn}」不是有效日期，应写作 2024-01-20 的形式");
        }
    }

    /// <summary>
    /// One finding for one missing field: the PDF's consequences alone when meta.published_on still
    /// dates the web page, or, with no date at all, the PDF's and the page's together.
    /// </summary>
    private static Finding SignedOnMissing(AnnualReport report)
    {
        // Said, not silently invented: the document still needs a date for its metadata.
        var pdf = $"PDF 落款不印日期，文档日期（PDF 的创建与修改日期）取报告年度末 {Math.Clamp(report.Year, 1, 9998)}-12-31";
        return report.Meta is { PublishedOn.Length: > 0 }
            ? Warning(FindingCodes.SignedOnMissing, "signed_on", $"未填写落款日期（signed_on）：{pdf}")
            : Warning(FindingCodes.NoPublishDate, "signed_on", $"未填写落款日期（signed_on），也未填写发布日期（meta.published_on）：{pdf}；网页不带发布日期（PubDate）");
    }
}

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
        if (report.SignedOn.Length > 0 &&
            !DateOnly.TryParseExact(report.SignedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            yield return Error(FindingCodes.InvalidSignedOn, "signed_on", $"落款日期「{report.SignedOn}」不是有效日期，应写作 2024-01-20 的形式");
        }
        if (report.SignedOn.Length == 0 && report.Meta is not { PublishedOn.Length: > 0 })
        {
            yield return Warning(FindingCodes.NoPublishDate, "signed_on", "未填写落款日期（signed_on）或发布日期（meta.published_on），网页将不带发布日期（PubDate）");
        }
    }
}

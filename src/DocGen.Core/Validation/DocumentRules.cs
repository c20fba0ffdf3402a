using System.Globalization;
using DocGen.Core.Editions;
using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Core.Validation;

/// <summary>The report's own fields and shape: agency, year, 落款 date, which blocks its edition has, narrative.</summary>
internal static class DocumentRules
{
    private const string FeeWording = "处理费"; // matches 信息处理费 and 政府信息公开处理费 alike

    public static IEnumerable<Finding> Check(AnnualReport report, Edition edition, int currentYear)
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

        var shape = EditionResolver.HasNationalTables(edition) ? EditionShape(report, edition) : LegacyShape(report);
        foreach (var finding in shape)
        {
            yield return finding;
        }
    }

    private static IEnumerable<Finding> EditionShape(AnnualReport report, Edition edition)
    {
        var name = EditionName(edition);
        if (edition == Edition.Edition2021 && report.ActiveDisclosure2019 is not null)
        {
            yield return Error(FindingCodes.WrongEditionBlock, "active_disclosure_2019",
                $"{name}报告填写了 2019 年版表二（active_disclosure_2019），应填写 active_disclosure_2021");
        }
        if (edition == Edition.Edition2019 && report.ActiveDisclosure2021 is not null)
        {
            yield return Error(FindingCodes.WrongEditionBlock, "active_disclosure_2021",
                $"{name}报告填写了 2021 年版表二（active_disclosure_2021），应填写 active_disclosure_2019");
        }
        if (edition == Edition.Edition2019 && report.Applications is { } applications)
        {
            // EDITION_2019 prints （六）其他处理 as one row (other_handling.other); its sub-rows came in 2021.
            var rows2019 = ApplicationRows.Edition2019.Select(r => r.Path).ToHashSet();
            foreach (var row in ApplicationRows.Edition2021.Where(r => !rows2019.Contains(r.Path) && r.Select(applications) is not null))
            {
                yield return Error(FindingCodes.WrongEditionBlock, row.Path,
                    $"{name}报告的表三没有「{row.DisplayName}」行（2021 年版才分列），应并入「{ApplicationRows.OtherHandling2019.Label}」");
            }
        }
        if (report.Sections.Count > 0)
        {
            yield return Error(FindingCodes.EditionWithSections, "sections",
                $"{name}报告按统一格式的六个部分填写，不使用自由章节（sections）");
        }

        var headings = NationalLayout.SectionHeadings;
        foreach (var (path, text, heading) in new[]
                 {
                     ("overview", report.Overview, headings[0]),
                     ("problems", report.Problems, headings[4]),
                     ("other_matters", report.OtherMatters, headings[5]),
                 })
        {
            if (text is null || text.IsBlank)
            {
                yield return Warning(FindingCodes.EmptySection, path, $"「{heading}」没有内容");
            }
        }
        if (edition == Edition.Edition2021 && !MentionsFee(report.OtherMatters))
        {
            yield return Warning(FindingCodes.FeeNotStated, "other_matters",
                $"「{headings[5]}」未说明信息处理费收取情况（如“本年度未收取信息处理费。”）");
        }
    }

    private static bool MentionsFee(RichText? text) =>
        text is not null && (text.Text.Contains(FeeWording, StringComparison.Ordinal) || text.Html.Contains(FeeWording, StringComparison.Ordinal));

    private static IEnumerable<Finding> LegacyShape(AnnualReport report)
    {
        const string Message = "2008 年版（2018 年及以前）报告没有统一表格，不应填写";
        var tables = new (string Path, object? Block)[]
        {
            ("active_disclosure_2021", report.ActiveDisclosure2021),
            ("active_disclosure_2019", report.ActiveDisclosure2019),
            ("applications", report.Applications),
            ("review_litigation", report.ReviewLitigation),
        };
        foreach (var (path, _) in tables.Where(t => t.Block is not null))
        {
            yield return Error(FindingCodes.LegacyWithTables, path, $"{Message} {path}");
        }
        if (report.Sections.Count == 0)
        {
            yield return Warning(FindingCodes.EmptySection, "sections", "2008 年版报告没有任何章节（sections）");
        }
        for (var i = 0; i < report.Sections.Count; i++)
        {
            if (report.Sections[i].Body.IsBlank)
            {
                yield return Warning(FindingCodes.EmptySection, $"sections[{i}].body", $"章节「{report.Sections[i].Heading}」没有内容");
            }
        }
    }

    private static string EditionName(Edition edition) => edition == Edition.Edition2019 ? "2019 年版" : "2021 年版";

    private static Finding Error(string code, string path, string message) => new(FindingSeverity.Error, code, path, message);

    private static Finding Warning(string code, string path, string message) => new(FindingSeverity.Warning, code, path, message);
}

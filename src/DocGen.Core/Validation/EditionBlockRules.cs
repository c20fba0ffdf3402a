using DocGen.Core.Editions;
using DocGen.Core.Layout;
using DocGen.Core.Model;
using static DocGen.Core.Validation.Findings;

namespace DocGen.Core.Validation;

/// <summary>Which blocks the report's edition has: the other edition's table 二, tables in a LEGACY report, sections in an EDITION report.</summary>
internal static class EditionBlockRules
{
    public static IEnumerable<Finding> Check(AnnualReport report, Edition edition)
    {
        if (report.Edition != Edition.Unspecified && report.Year >= EditionResolver.FirstYear &&
            EditionResolver.ForYear(report.Year) is var inForce && inForce != report.Edition)
        {
            yield return Warning(FindingCodes.EditionYearMismatch, "edition",
                $"{report.Year} 年度报告应使用{Name(inForce)}格式，请求指定了{Name(report.Edition)}，按指定版式处理");
        }
        var blocks = EditionResolver.HasNationalTables(edition) ? NationalEdition(report, edition) : Legacy(report);
        foreach (var finding in blocks)
        {
            yield return finding;
        }
    }

    private static string Name(Edition edition) => edition switch
    {
        Edition.Legacy2008 => "2008 年版",
        Edition.Edition2019 => "2019 年版",
        _ => "2021 年版",
    };

    private static IEnumerable<Finding> NationalEdition(AnnualReport report, Edition edition)
    {
        var name = Name(edition);
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
    }

    private static IEnumerable<Finding> Legacy(AnnualReport report)
    {
        var tables = new (string Path, object? Block)[]
        {
            ("active_disclosure_2021", report.ActiveDisclosure2021),
            ("active_disclosure_2019", report.ActiveDisclosure2019),
            ("applications", report.Applications),
            ("review_litigation", report.ReviewLitigation),
        };
        foreach (var (path, _) in tables.Where(t => t.Block is not null))
        {
            yield return Error(FindingCodes.LegacyWithTables, path, $"2008 年版（2018 年及以前）报告没有统一表格，不应填写 {path}");
        }
    }
}

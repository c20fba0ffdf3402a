using DocGen.Core.Model;
using DocGen.Core.Tests.Support;
using DocGen.Core.Validation;
using static DocGen.Core.Validation.FindingCodes;
using static DocGen.Core.Validation.FindingSeverity;

namespace DocGen.Core.Tests.Validation;

public class ReportValidatorRuleTests
{
    private const int ThisYear = 2026;

    private static readonly AnnualReport Valid2021 = ValidReports.Full(Edition.Edition2021);
    private static readonly AnnualReport Valid2019 = ValidReports.Full(Edition.Edition2019);

    private static readonly AnnualReport Legacy2017 = new()
    {
        Agency = "张店区商务局",
        Year = 2017,
        Sections = [new Section("一、政府信息公开工作概述", new RichText("概述。"))],
        SignedOn = "2018-01-20",
    };

    private static AnnualReport Fee2021(string amount) =>
        Valid2021 with { ActiveDisclosure2021 = Valid2021.ActiveDisclosure2021! with { FeeAmountWanYuan = amount } };

    private static AnnualReport Other2021(string text) => Valid2021 with { OtherMatters = new RichText(text) };

    private sealed record Case(AnnualReport Report, params (FindingSeverity, string, string)[] Expected);

    // Each case changes one thing in a valid report and lists every finding that must follow, no more.
    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["valid 2021"] = new(Valid2021),
        ["valid 2019"] = new(Valid2019),
        ["valid legacy"] = new(Legacy2017),
        ["agency blank"] = new(Valid2021 with { Agency = " " }, (Error, MissingAgency, "agency")),
        ["year missing"] = new(Valid2021 with { Year = 0 }, (Error, MissingYear, "year")),
        ["year before 2008"] = new(Valid2021 with { Year = 2007 }, (Error, YearOutOfRange, "year")),
        ["year missing, 2019 tables"] = new(Valid2019 with { Year = 0 }, (Error, MissingYear, "year")),
        ["year next year"] = new(Valid2021 with { Year = ThisYear + 1 }),
        ["year after next year"] = new(Valid2021 with { Year = ThisYear + 2 }, (Error, YearOutOfRange, "year")),
        ["signed_on month 13"] = new(Valid2021 with { SignedOn = "2024-13-01" }, (Error, InvalidSignedOn, "signed_on")),
        ["signed_on slashes"] = new(Valid2021 with { SignedOn = "2024/01/20" }, (Error, InvalidSignedOn, "signed_on")),
        ["signed_on Chinese"] = new(Valid2021 with { SignedOn = "2024年1月20日" }, (Error, InvalidSignedOn, "signed_on")),
        ["signed_on and published_on left out"] = new(Valid2021 with { SignedOn = "", Meta = null }, (Warning, NoPublishDate, "signed_on")),
        ["signed_on left out, published_on given"] = new(Valid2021 with { SignedOn = "", Meta = new DocumentMeta("1/2024-1", "无文号", "2024-01-25", "") }, (Warning, SignedOnMissing, "signed_on")),
        ["2021 with 2019 block"] = new(Valid2021 with { ActiveDisclosure2019 = new() },
            (Error, WrongEditionBlock, "active_disclosure_2019")),
        ["2019 with 2021 block"] = new(Valid2019 with { ActiveDisclosure2021 = new() },
            (Error, WrongEditionBlock, "active_disclosure_2021")),
        ["2019 with 2021-only row"] = new(
            Valid2019 with
            {
                Applications = Valid2019.Applications! with
                {
                    OtherHandling = Valid2019.Applications.OtherHandling! with { UnpaidFees = ApplicantCounts.Zero },
                },
            },
            (Error, WrongEditionBlock, "applications.other_handling.unpaid_fees")),
        ["edition named for its year"] = new(Valid2021 with { Edition = Edition.Edition2021 }),
        ["edition named against its year"] = new(Valid2019 with { Year = 2021, Edition = Edition.Edition2019 },
            (Warning, EditionYearMismatch, "edition")),
        ["2021 with sections"] = new(Valid2021 with { Sections = Legacy2017.Sections }, (Error, EditionWithSections, "sections")),
        ["legacy with tables"] = new(Legacy2017 with { Applications = new(), ReviewLitigation = new() },
            (Error, LegacyWithTables, "applications"), (Error, LegacyWithTables, "review_litigation")),
        ["legacy empty section"] = new(Legacy2017 with { Sections = [new Section("二、主动公开", RichText.Empty)] },
            (Warning, EmptySection, "sections[0].body")),
        ["negative table 二 count"] = new(
            Valid2021 with { ActiveDisclosure2021 = Valid2021.ActiveDisclosure2021! with { PenaltyDecisions = -2 } },
            (Error, NegativeCount, "active_disclosure_2021.penalty_decisions")),
        ["count at the bound"] = new(
            Valid2021 with { ActiveDisclosure2021 = Valid2021.ActiveDisclosure2021! with { PenaltyDecisions = ValueBounds.MaxCount } }),
        ["count past the bound"] = new(
            Valid2021 with { ActiveDisclosure2021 = Valid2021.ActiveDisclosure2021! with { PenaltyDecisions = ValueBounds.MaxCount + 1 } },
            (Error, ValueTooLarge, "active_disclosure_2021.penalty_decisions")),
        ["count at long.MinValue"] = new(
            Valid2021 with { ActiveDisclosure2021 = Valid2021.ActiveDisclosure2021! with { LicensingDecisions = long.MinValue } },
            (Error, ValueTooLarge, "active_disclosure_2021.licensing_decisions")),
        ["2019 本年增/减 past the bound below zero"] = new(
            Valid2019 with { ActiveDisclosure2019 = Valid2019.ActiveDisclosure2019! with { Licensing = new ItemCounts2019(10, -ValueBounds.MaxCount - 1, 4) } },
            (Error, ValueTooLarge, "active_disclosure_2019.licensing.change")),
        ["amount at the bound"] = new(Fee2021("1000000000000")),
        ["amount past the bound"] = new(Fee2021("1000000000000.0001"), (Error, ValueTooLarge, "active_disclosure_2021.fee_amount_wan_yuan")),
        ["amount too long for a decimal"] = new(Fee2021(new string('9', 500)), (Error, ValueTooLarge, "active_disclosure_2021.fee_amount_wan_yuan")),
        ["2019 本年增/减 negative"] = new(
            Valid2019 with { ActiveDisclosure2019 = Valid2019.ActiveDisclosure2019! with { Licensing = new ItemCounts2019(10, -3, 4) } }),
        ["amount 4 decimals"] = new(Fee2021("12.3456")),
        ["amount trailing zeros"] = new(Fee2021("12.30000")),
        ["amount 6 decimals as reports print fees"] = new(Fee2021("0.000000")),
        ["amount 6 significant decimals"] = new(Fee2021("0.012345")),
        ["amount left out"] = new(Fee2021("")),
        ["amount 7 decimals"] = new(Fee2021("12.3456789"), (Error, InvalidAmount, "active_disclosure_2021.fee_amount_wan_yuan")),
        ["amount negative"] = new(Fee2021("-1"), (Error, InvalidAmount, "active_disclosure_2021.fee_amount_wan_yuan")),
        ["amount with separator"] = new(Fee2021("1,000"), (Error, InvalidAmount, "active_disclosure_2021.fee_amount_wan_yuan")),
        ["amount in words"] = new(Fee2021("十二万"), (Error, InvalidAmount, "active_disclosure_2021.fee_amount_wan_yuan")),
        ["2019 procurement amount"] = new(
            Valid2019 with { ActiveDisclosure2019 = Valid2019.ActiveDisclosure2019! with { ProcurementAmount = "1e3" } },
            (Error, InvalidAmount, "active_disclosure_2019.procurement_amount")),
        ["overview empty"] = new(Valid2021 with { Overview = null }, (Warning, EmptySection, "overview")),
        ["problems blank html"] = new(Valid2021 with { Problems = new RichText(Html: " ") }, (Warning, EmptySection, "problems")),
        ["problems empty paragraphs"] = new(Valid2021 with { Problems = new RichText(Html: "<p>&nbsp;</p><p><br/></p>") },
            (Warning, EmptySection, "problems")),
        ["problems html with text"] = new(Valid2021 with { Problems = new RichText(Html: "<p><b>无</b></p>") }),
        ["other matters silent on fee"] = new(Other2021("无。"), (Warning, FeeNotStated, "other_matters")),
        ["other matters empty"] = new(Valid2021 with { OtherMatters = null },
            (Warning, EmptySection, "other_matters"), (Warning, FeeNotStated, "other_matters")),
        ["fee as 处理费"] = new(Other2021("2024 年未收取政府信息公开处理费。")),
        ["fee as 信息处理费 in html"] = new(Valid2021 with { OtherMatters = new RichText(Html: "<p>本年度共收取信息处理费400元。</p>") }),
        ["2019 silent on fee"] = new(Valid2019 with { OtherMatters = new RichText("无。") }),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Validate_Case_ReportsExactlyTheListedFindings(string name)
    {
        var @case = Cases[name];

        var result = ReportValidator.Validate(@case.Report, ThisYear);

        Assert.Equal(
            @case.Expected.Order().ToArray(),
            result.Findings.Select(f => (f.Severity, f.Code, f.Path)).Order().ToArray());
    }

    /// <summary>One finding whichever date is missing: the PDF's loss always, the page's only when no date dates it.</summary>
    [Theory]
    [InlineData(null, NoPublishDate, true)]
    [InlineData("2024-01-25", SignedOnMissing, false)]
    public void Validate_NoSigningDate_OneFindingNamingWhatIsLost(string? publishedOn, string code, bool pageLosesItsDate)
    {
        var meta = publishedOn is null ? null : new DocumentMeta("1/2024-1", "无文号", publishedOn, "");

        var finding = Assert.Single(ReportValidator.Validate(Valid2021 with { Year = 2023, SignedOn = "", Meta = meta }, ThisYear).Findings);

        Assert.Equal(code, finding.Code);
        Assert.Contains("落款不印日期", finding.Message);
        Assert.Contains("2023-12-31", finding.Message);
        Assert.Equal(pageLosesItsDate, finding.Message.Contains("网页不带发布日期（PubDate）", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WithTimeProvider_YearLimitFollowsBeijingNewYear()
    {
        var report = Valid2021 with { Year = 2027 };
        // 2025-12-31 16:30 UTC is already 2026-01-01 in Beijing, so 2027 is "next year".
        var justAfterBeijingMidnight = new FixedTime(new DateTimeOffset(2025, 12, 31, 16, 30, 0, TimeSpan.Zero));

        var result = ReportValidator.Validate(report, justAfterBeijingMidnight);

        Assert.DoesNotContain(result.Findings, f => f.Code == YearOutOfRange);
    }

    [Fact]
    public void Validate_NegativeTable2Count_MessageNamesRowAndColumnFromTheLayout()
    {
        var report = Valid2021 with { ActiveDisclosure2021 = Valid2021.ActiveDisclosure2021! with { Rules = new DocumentCounts(Issued: -1) } };

        var finding = Assert.Single(ReportValidator.Validate(report, ThisYear).Findings);

        Assert.Equal("表二「规章」行「本年制发件数」填报为 -1，应为不小于 0 的整数", finding.Message);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

using DocGen.Core.Model;
using DocGen.Core.Validation;
using DocGen.Tests.Shared;
using static DocGen.Core.Validation.FindingCodes;

namespace DocGen.Core.Tests.Validation.Narrative;

/// <summary>NARRATIVE_TABLE_MISMATCH through <see cref="ReportValidator"/>, on the shared fixtures and on one-figure mutations of them.</summary>
public class NarrativeTableRulesTests
{
    private const int ThisYear = 2026;

    private static List<Finding> Mismatches(AnnualReport report) =>
        [.. ReportValidator.Validate(report, ThisYear).Findings.Where(f => f.Code == NarrativeTableMismatch)];

    // Read by hand: Panjin's overview says 未收到政府信息公开申请 and its table 三 is all 0; Minhou's says
    // 未收到依申请公开 beside a table 三 of 0 (its 8条, 272条, 29件投诉举报 are in no table); Zhangdian is
    // LEGACY_2008, without tables.
    [Theory]
    [InlineData("panjin-commerce-2022")]
    [InlineData("minhou-commerce-2020")]
    [InlineData("zhangdian-commerce-2017")]
    public void Validate_PublishedFixtureTextAgreesWithTables_NoFinding(string fixture) =>
        Assert.Empty(Mismatches(FixtureReports.Report(fixture)));

    [Fact]
    public void Validate_BusyFixture_ItsOneContradiction()
    {
        // Worked out by hand: "全年新收申请1330件" is 一's 总计 1330, but "办结1324件" is not （七）总计 1316
        // (1330 new + 46 carried over − 60 carried forward = 1316): the fixture's text and table disagree.
        var finding = Assert.Single(Mismatches(FixtureReports.Report("synthetic-busy-2023")));

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("applications.results_total.total", finding.Path);
        Assert.Equal((1324, 1316), (finding.Expected, finding.Actual));
        Assert.Equal("表三「（七）总计」行「总计」填报为 1316，「一、总体情况」写明“全年新收申请1330件，办结1324件”（1324），两者不一致", finding.Message);
    }

    [Fact]
    public void Validate_NarrativeFigureChanged_ExactlyOneFindingNamingBoth()
    {
        var report = FixtureReports.Report("panjin-commerce-2022");
        var changed = report with { Overview = new RichText(report.Overview!.Text.Replace("我局未收到政府信息公开申请", "我局共收到政府信息公开申请3件", StringComparison.Ordinal)) };
        Assert.NotEqual(report.Overview.Text, changed.Overview.Text);

        var finding = Assert.Single(Mismatches(changed));

        Assert.Equal("applications.new_received.total", finding.Path);
        Assert.Equal((3, 0), (finding.Expected, finding.Actual));
        Assert.Equal("表三「一、本年新收政府信息公开申请数量」行「总计」填报为 0，「一、总体情况」写明“2022年,我局共收到政府信息公开申请3件”（3），两者不一致", finding.Message);
    }

    [Fact]
    public void Validate_TableFigureChanged_ExactlyOneFindingNamingBoth()
    {
        var report = FixtureReports.Report("panjin-commerce-2022");
        var changed = report with
        {
            Applications = report.Applications! with { NewReceived = report.Applications.NewReceived! with { NaturalPerson = 2 } },
        };

        var finding = Assert.Single(Mismatches(changed));

        Assert.Equal("applications.new_received.total", finding.Path);
        Assert.Equal((0, 2), (finding.Expected, finding.Actual));
        Assert.Contains("“2022年,我局未收到政府信息公开申请”（0）", finding.Message, StringComparison.Ordinal);
        Assert.Contains("填报为 2", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BusyTableMutated_OneMoreFinding()
    {
        var report = FixtureReports.Report("synthetic-busy-2023");
        var before = Mismatches(report);
        var changed = report with
        {
            ReviewLitigation = report.ReviewLitigation,
            Overview = new RichText(report.Overview!.Text + "\n（三）复议诉讼。因政府信息公开被申请行政复议9件，被提起行政诉讼8件。"),
        };
        Assert.Empty(Mismatches(changed).Except(before)); // 9 and 6 + 2 agree with table 四

        var mutated = changed with
        {
            ReviewLitigation = changed.ReviewLitigation! with { AdministrativeReview = changed.ReviewLitigation.AdministrativeReview! with { Upheld = 6, Total = 10 } },
        };
        var added = Assert.Single(Mismatches(mutated).Except(before));

        Assert.Equal("review_litigation.administrative_review.total", added.Path);
        Assert.Equal((9, 10), (added.Expected, added.Actual));
        Assert.Contains("因政府信息公开被申请行政复议9件", added.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HtmlNarrative_ReadLikeText()
    {
        var report = FixtureReports.Report("panjin-commerce-2022") with
        {
            Overview = new RichText(Html: "<p>2022年，我局共<strong>受理</strong>政府信息公开申请&nbsp;5件。</p>"),
        };

        var finding = Assert.Single(Mismatches(report));

        Assert.Equal((5, 0), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void Validate_CountBeyondTheBounds_NotCompared()
    {
        var report = FixtureReports.Report("panjin-commerce-2022");
        var huge = report with
        {
            Applications = report.Applications! with { NewReceived = new ApplicantCounts(NaturalPerson: long.MinValue, Total: long.MinValue) },
            Overview = new RichText("我局共收到政府信息公开申请3件。"),
        };

        Assert.Empty(Mismatches(huge)); // VALUE_TOO_LARGE says what is wrong; no sum of such figures is compared
    }

    [Fact]
    public void Validate_TableNotSent_NotCompared()
    {
        var report = FixtureReports.Report("panjin-commerce-2022") with
        {
            Applications = null,
            Overview = new RichText("我局共收到政府信息公开申请3件。"),
        };

        Assert.Empty(Mismatches(report));
    }

    [Fact]
    public void Validate_AmountRoundedInText_Agrees()
    {
        var report = FixtureReports.Report("synthetic-busy-2023");
        var agrees = report with { OtherMatters = new RichText("本年度行政事业性收费12.4万元，未收取信息处理费。") };
        var differs = report with { OtherMatters = new RichText("本年度行政事业性收费13万元，未收取信息处理费。") };

        Assert.DoesNotContain(Mismatches(agrees), f => f.Path.StartsWith("active_disclosure", StringComparison.Ordinal));
        var finding = Assert.Single(Mismatches(differs), f => f.Path == "active_disclosure_2021.fee_amount_wan_yuan");
        Assert.Equal("表二「行政事业性收费」行「本年收费金额（单位：万元）」填报为 12.35 万元，「六、其他需要报告的事项」写明“本年度行政事业性收费13万元，未收取信息处理费”（13 万元），两者不一致", finding.Message);
    }
}

using DocGen.Core.Model;
using DocGen.Core.Tests.Support;
using DocGen.Core.Validation;

namespace DocGen.Core.Tests.Validation;

public class FixtureValidationTests
{
    private const int ThisYear = 2026;

    [Theory]
    [InlineData("panjin-commerce-2022", Edition.Edition2021)]
    [InlineData("minhou-commerce-2020", Edition.Edition2019)]
    [InlineData("zhangdian-commerce-2017", Edition.Legacy2008)]
    [InlineData("synthetic-busy-2023", Edition.Edition2021)]
    public void Validate_PublishedAndBusyFixtures_NoErrors(string fixture, Edition edition)
    {
        var result = ReportValidator.Validate(FixtureReports.Report(fixture), ThisYear);

        Assert.Equal(edition, result.Edition);
        Assert.Empty(result.Findings.Where(f => f.IsError).Select(f => $"{f.Code} {f.Path} {f.Message}"));
    }

    [Fact]
    public void Validate_BrokenFixture_ReportsExactlyItsFourMistakes()
    {
        // Worked out by hand from the fixture:
        // 一 row: 1200+85+3+6+22+14 = 1330, 总计 sent 1331 (also unbalances the 总计 column's 一+二 = 七+四).
        // （七）总计 自然人: the result rows sum to 1188, sent 1190 (also breaks its row and its column's balance).
        // 四 其他: sent −1; its row total 60 and the 其他 column's balance (14+2 = 15+x) both say 1.
        // 表四 未经复议直接起诉: 3+0+1+2 = 6, 总计 sent 7.
        var result = ReportValidator.Validate(FixtureReports.Report("synthetic-broken-2023"), ThisYear);

        var errors = result.Findings.Where(f => f.IsError).Select(f => (f.Code, f.Path, f.Expected, f.Actual)).ToHashSet();
        Assert.Equal(
            new HashSet<(string, string, long, long)>
            {
                (FindingCodes.ApplicantRowTotal, "applications.new_received.total", 1330, 1331),
                (FindingCodes.ResultsTotal, "applications.results_total.natural_person", 1188, 1190),
                (FindingCodes.NegativeCount, "applications.carried_forward.other_org", 1, -1),
                (FindingCodes.ReviewLitigationTotal, "review_litigation.litigation_direct.total", 6, 7),
            },
            errors);
    }

    [Fact]
    public void Validate_BrokenFixture_MessagesNameTableRowAndColumn()
    {
        var result = ReportValidator.Validate(FixtureReports.Report("synthetic-broken-2023"), ThisYear);

        var messages = result.Findings.Where(f => f.IsError).ToDictionary(f => f.Path, f => f.Message);
        Assert.Equal("表三「一、本年新收政府信息公开申请数量」行「总计」应为 1330（各列之和），填报为 1331",
            messages["applications.new_received.total"]);
        Assert.Equal("表三「（七）总计」行「自然人」应为 1188（（一）至（六）各项之和），填报为 1190",
            messages["applications.results_total.natural_person"]);
        Assert.Equal("表三「四、结转下年度继续办理」行「其他」填报为 -1，应为不小于 0 的整数；按勾稽关系应为 1",
            messages["applications.carried_forward.other_org"]);
        Assert.Equal("表四「行政诉讼（未经复议直接起诉）」「总计」应为 6（结果维持、结果纠正、其他结果、尚未审结之和），填报为 7",
            messages["review_litigation.litigation_direct.total"]);
    }
}

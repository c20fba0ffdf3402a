using DocGen.Core.Model;
using DocGen.Core.Sites;
using DocGen.Core.Validation;

namespace DocGen.Core.Tests.Validation;

public class SiteRulesTests
{
    private static readonly SiteProfile Panjin = new()
    {
        SiteCode = "2111000031", Name = "盘锦市人民政府", Sponsor = "盘锦市人民政府办公室", Organizer = "市智慧城市运行管理中心",
    };

    private static IReadOnlyList<Finding> Check(string agency, SiteProfile? site = null) =>
        SiteRules.Check(new AnnualReport { Agency = agency, Year = 2023 }, site ?? Panjin).ToArray();

    [Theory]
    [InlineData("盘锦市人民政府")]          // the site's own body
    [InlineData("盘锦市人民政府办公室")]    // its 主办
    [InlineData("盘锦市商务局")]            // a department of the city the portal serves
    [InlineData("盘锦市兴隆台区人民政府")]  // a district in it
    public void Check_AgencyOfTheSitesPlace_HasNoFinding(string agency)
    {
        Assert.Empty(Check(agency));
    }

    [Theory]
    [InlineData("闽侯县商务局")]
    [InlineData("示例市人民政府办公室")]
    [InlineData("国家统计局")]
    public void Check_AgencyOfAnotherPlace_WarnsNamingTheSite(string agency)
    {
        var finding = Assert.Single(Check(agency));

        Assert.Equal((FindingSeverity.Warning, FindingCodes.AgencyNotOnSite, "agency"), (finding.Severity, finding.Code, finding.Path));
        Assert.Contains($"发布机构「{agency}」", finding.Message, StringComparison.Ordinal);
        Assert.Contains("盘锦市人民政府", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2111000031", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AgencyInTheOrganizerLine_HasNoFinding()
    {
        Assert.Empty(Check("国家统计局", Panjin with { Organizer = "国家统计局信息中心" }));
    }

    [Fact]
    public void Check_NoAgency_IsLeftToTheReportsOwnRule()
    {
        Assert.Empty(Check(""));
    }
}

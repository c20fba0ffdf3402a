using DocGen.Core.Model;
using DocGen.Core.Sites;
using DocGen.Html.Rendering;
using DocGen.Sites;
using DocGen.Html.Tests.Support;
using HtmlAgilityPack;

namespace DocGen.Html.Tests.Rendering;

public class HtmlReportRendererPageTests
{
    private const string Hostile = "</title><script>alert(1)</script><img src=x onerror=alert(2)>\"'&";

    private static HtmlDocument Page(string fixture) =>
        SampleSites.Parse(HtmlReportRenderer.RenderPage(FixtureReports.Outline(fixture), SampleSites.Get(FixtureReports.Request(fixture).SiteCode)));

    private static string Meta(HtmlDocument page, string name) =>
        HtmlEntity.DeEntitize(page.DocumentNode.SelectSingleNode($"//head/meta[@name='{name}']")?.GetAttributeValue("content", null)
                              ?? throw new Xunit.Sdk.XunitException($"no <meta name=\"{name}\">"));

    private static string Text(HtmlNode? node) => HtmlEntity.DeEntitize(node?.InnerText ?? "").Trim();

    public static TheoryData<string> AllFixtures() => new(CheckoutPaths.FixtureNames);

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void RenderPage_EveryFixture_IsAZhCnDocumentWithTitleSectionsInOrderAndSignature(string fixture)
    {
        var outline = FixtureReports.Outline(fixture);

        var page = Page(fixture);

        var html = page.DocumentNode.SelectSingleNode("/html")!;
        Assert.Equal("zh-CN", html.GetAttributeValue("lang", ""));
        Assert.StartsWith("<!DOCTYPE html>", page.DocumentNode.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(outline.Title, Text(page.DocumentNode.SelectSingleNode("//h1")));
        Assert.Equal(outline.Sections.Select(s => s.Heading), page.DocumentNode.SelectNodes("//section/h2")!.Select(Text));
        Assert.Equal(outline.Sections.Select(s => s.Anchor), page.DocumentNode.SelectNodes("//section")!.Select(s => s.Id));
        Assert.Contains(outline.SignedBy, Text(page.DocumentNode.SelectSingleNode("//*[contains(@class,'docgen-signature')]")));
    }

    public static TheoryData<string, string> EverySiteAndFixture()
    {
        var data = new TheoryData<string, string>();
        foreach (var site in new[] { "2111000031", "3501210001", "3703030001" })
        {
            foreach (var fixture in CheckoutPaths.FixtureNames) data.Add(site, fixture);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EverySiteAndFixture))]
    public void RenderPage_AnySampleSite_DressesAnyReportInItsOwnIdentity(string siteCode, string fixture)
    {
        var site = SampleSites.Get(siteCode);

        var page = SampleSites.Parse(HtmlReportRenderer.RenderPage(FixtureReports.Outline(fixture), site));

        Assert.Equal(siteCode, Meta(page, "SiteIDCode"));
        Assert.Equal(site.Profile.Name, Meta(page, "SiteName"));
        Assert.Contains($"网站标识码：{siteCode}", Text(page.DocumentNode.SelectSingleNode("//footer")));
        Assert.Single(page.DocumentNode.Descendants("h1"));
        Assert.Empty(page.ParseErrors);
    }

    [Fact]
    public void RenderPage_Head_CarriesGovernmentPageMetadata()
    {
        var page = Page("zhangdian-commerce-2017");

        var expected = new Dictionary<string, string>
        {
            ["SiteName"] = "示例区人民政府（张店示例站点）",
            ["SiteDomain"] = "zhangdian.example",
            ["SiteIDCode"] = "3703030001",
            ["ColumnName"] = "法定主动公开内容 · 政府信息公开年报",
            ["ColumnType"] = "信息公开年报",
            ["ArticleTitle"] = "张店区商务局2017年政府信息公开工作年度报告",
            ["PubDate"] = "2018-01-20",
            ["ContentSource"] = "张店区商务局",
        };
        Assert.Equal(expected, expected.Keys.ToDictionary(k => k, k => Meta(page, k)));
    }

    [Fact]
    public void RenderPage_SignedAndPublished_PubDateIsTheSigningDate()
    {
        Assert.Equal("2018-01-20", Meta(Page("zhangdian-commerce-2017"), "PubDate"));
    }

    [Fact]
    public void RenderPage_NotSigned_PubDateIsThePublishingDate()
    {
        var report = FixtureReports.Report("zhangdian-commerce-2017") with { SignedOn = "" };

        var page = SampleSites.Parse(HtmlReportRenderer.RenderPage(FixtureReports.Outline(report), SampleSites.Get("3703030001")));

        Assert.Equal("2018-03-28", Meta(page, "PubDate"));
    }

    [Fact]
    public void RenderPage_NoDateAtAll_LeavesPubDateOut()
    {
        var report = FixtureReports.Report("synthetic-busy-2023") with { SignedOn = "", Meta = null };

        var page = SampleSites.Parse(HtmlReportRenderer.RenderPage(FixtureReports.Outline(report), SampleSites.Get("2111000031")));

        Assert.Null(page.DocumentNode.SelectSingleNode("//head/meta[@name='PubDate']"));
        Assert.NotNull(page.DocumentNode.SelectSingleNode("//head/meta[@name='ContentSource']"));
    }

    [Fact]
    public void RenderPage_SiteWithBadge_ShowsItInTheFooterLinkingToItsRecord()
    {
        var sample = SampleSites.Get("2111000031");
        var site = sample with { Profile = sample.Profile with { Badge = new SiteBadge("https://dcs.conac.cn/image/red.png", "https://bszs.conac.cn/sitename?method=show&id=1") } };

        var page = SampleSites.Parse(HtmlReportRenderer.RenderPage(FixtureReports.Outline("synthetic-busy-2023"), site));

        var badge = page.DocumentNode.SelectSingleNode("//footer//a[contains(@class,'site-badge')]")!;
        Assert.Equal("https://bszs.conac.cn/sitename?method=show&id=1", HtmlEntity.DeEntitize(badge.GetAttributeValue("href", "")));
        Assert.Equal("https://dcs.conac.cn/image/red.png", badge.Element("img")!.GetAttributeValue("src", ""));
        Assert.Equal("党政机关网站标识", badge.Element("img")!.GetAttributeValue("alt", ""));
    }

    [Fact]
    public void RenderPage_SiteWithoutBadge_HasNone()
    {
        Assert.Null(Page("panjin-commerce-2022").DocumentNode.SelectSingleNode("//footer//a[contains(@class,'site-badge')]"));
    }

    [Fact]
    public void RenderPage_WithoutPublishedOn_PubDateIsTheSigningDate()
    {
        var page = Page("synthetic-busy-2023");

        Assert.Equal("2024-01-20", Meta(page, "PubDate"));
    }

    [Fact]
    public void RenderPage_WithMeta_ShowsDisclosureCatalogue()
    {
        var page = Page("zhangdian-commerce-2017");

        var entries = page.DocumentNode.SelectNodes("//dl[contains(@class,'site-catalogue')]/div")!
            .ToDictionary(d => Text(d.Element("dt")), d => Text(d.Element("dd")));
        Assert.Equal("11370303004217100M/2018-1375077", entries["索引号"]);
        Assert.Equal("无文号", entries["文号"]);
        Assert.Equal("张店区商务局", entries["发布机构"]);
        Assert.Equal("2018年3月28日", entries["发布日期"]);
    }

    [Fact]
    public void RenderPage_WithoutMeta_HasNoCatalogue()
    {
        var page = Page("synthetic-busy-2023");

        Assert.Null(page.DocumentNode.SelectSingleNode("//dl[contains(@class,'site-catalogue')]"));
    }

    [Fact]
    public void RenderPage_Footer_ShowsSiteIdentityWithBeianLinks()
    {
        var page = Page("panjin-commerce-2022");

        var footer = page.DocumentNode.SelectSingleNode("//footer")!;
        var text = Text(footer);
        Assert.Contains("版权所有：盘锦市人民政府", text);
        Assert.Contains("主办单位：盘锦市人民政府办公室", text);
        Assert.Contains("技术支持：市智慧城市运行管理中心", text);
        Assert.Contains("联系电话：0427-2283372", text);
        Assert.Contains("网站标识码：2111000031", text);
        var links = footer.Descendants("a").ToDictionary(Text, a => HtmlEntity.DeEntitize(a.GetAttributeValue("href", "")));
        Assert.Equal("https://beian.miit.gov.cn/", links["辽ICP备11007870号-1"]);
        Assert.Equal("https://beian.mps.gov.cn/#/query/webSearch?code=21110002000056", links["辽公网安备21110002000056号"]);
    }

    [Fact]
    public void RenderPage_SiteWithOrganizerAndAddress_ShowsThem()
    {
        var footer = Text(Page("minhou-commerce-2020").DocumentNode.SelectSingleNode("//footer"));

        Assert.Contains("承办单位：示例县大数据中心（示例）", footer);
        Assert.Contains("地址：示例省示例县示例路1号（示例地址）", footer);
    }

    [Fact]
    public void RenderPage_Css_HasPrintRules()
    {
        var css = Text(Page("synthetic-busy-2023").DocumentNode.SelectSingleNode("//head/style"));

        Assert.Contains("@media print", css);
        Assert.Contains("@page", css);
        Assert.Contains("thead { display: table-header-group; }", css);
    }

    [Fact]
    public void RenderPage_BrokenFixture_HostileNarrativeIsGone()
    {
        var html = HtmlReportRenderer.RenderPage(FixtureReports.Outline("synthetic-broken-2023"), SampleSites.Get("2111000031"));

        var page = SampleSites.Parse(html);
        Assert.Empty(page.DocumentNode.Descendants("script"));
        Assert.Empty(page.DocumentNode.Descendants("img"));
        Assert.DoesNotContain(page.DocumentNode.Descendants().SelectMany(n => n.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("alert(", html);
        Assert.Equal("问题", Text(page.DocumentNode.SelectSingleNode("//section[@id='s5']//p")));
    }

    [Fact]
    public void RenderPage_NarrativeLink_IsKeptWithNoopener()
    {
        var page = Page("synthetic-busy-2023");

        var link = page.DocumentNode.SelectSingleNode("//section[@id='s5']//a")!;
        Assert.Equal("https://www.example.gov.cn/", link.GetAttributeValue("href", ""));
        Assert.Equal("noopener noreferrer", link.GetAttributeValue("rel", ""));
    }

    public static TheoryData<string> CallerFields() => new()
    {
        "agency", "title", "signed_by", "signed_on", "index_number", "document_number", "published_on", "subject",
        "preamble", "section_heading", "section_body",
    };

    private static AnnualReport WithHostile(string field)
    {
        var report = FixtureReports.Report("zhangdian-commerce-2017");
        var meta = report.Meta!;
        return field switch
        {
            "agency" => report with { Agency = Hostile },
            "title" => report with { Title = Hostile },
            "signed_by" => report with { SignedBy = Hostile },
            "signed_on" => report with { SignedOn = Hostile },
            "index_number" => report with { Meta = meta with { IndexNumber = Hostile } },
            "document_number" => report with { Meta = meta with { DocumentNumber = Hostile } },
            "published_on" => report with { Meta = meta with { PublishedOn = Hostile } },
            "subject" => report with { Meta = meta with { Subject = Hostile } },
            "preamble" => report with { Preamble = new DocGen.Core.Model.RichText(Hostile) },
            "section_heading" => report with { Sections = [new Section(Hostile, new DocGen.Core.Model.RichText("正文"))] },
            "section_body" => report with { Sections = [new Section("一、概述", new DocGen.Core.Model.RichText(Hostile))] },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }

    [Theory]
    [MemberData(nameof(CallerFields))]
    public void RenderPage_HostileCallerString_IsEscapedText(string field)
    {
        var outline = FixtureReports.Outline(WithHostile(field));

        var html = HtmlReportRenderer.RenderPage(outline, SampleSites.Get("3703030001"));
        var fragment = HtmlReportRenderer.RenderFragment(outline, SampleSites.Get("3703030001"));

        foreach (var output in new[] { html, fragment })
        {
            Assert.DoesNotContain("<script", output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", output, StringComparison.OrdinalIgnoreCase);
        }
        var page = SampleSites.Parse(html);
        // Shown as the very text the caller sent (PubDate/ContentSource carry it in attributes too).
        Assert.Contains(Hostile, HtmlEntity.DeEntitize(page.DocumentNode.SelectSingleNode("//body")!.InnerText));
        Assert.Single(page.DocumentNode.Descendants("title"));
        Assert.Single(page.DocumentNode.Descendants("body"));
    }

    [Theory]
    [InlineData(nameof(SiteProfile.Name))]
    [InlineData(nameof(SiteProfile.Domain))]
    [InlineData(nameof(SiteProfile.Copyright))]
    [InlineData(nameof(SiteProfile.Phone))]
    [InlineData(nameof(SiteProfile.IcpRecord))]
    [InlineData(nameof(SiteProfile.PublicSecurityRecord))]
    [InlineData(nameof(SiteProfile.ColumnName))]
    [InlineData(nameof(SiteProfile.Sponsor))]
    [InlineData(nameof(SiteProfile.Organizer))]
    [InlineData(nameof(SiteProfile.TechnicalSupport))]
    [InlineData(nameof(SiteProfile.Address))]
    public void RenderPage_HostileSiteField_IsEscapedText(string property)
    {
        var sample = SampleSites.Get("2111000031");
        var profile = property switch
        {
            nameof(SiteProfile.Name) => sample.Profile with { Name = Hostile },
            nameof(SiteProfile.Domain) => sample.Profile with { Domain = Hostile },
            nameof(SiteProfile.Copyright) => sample.Profile with { Copyright = Hostile },
            nameof(SiteProfile.Phone) => sample.Profile with { Phone = Hostile },
            nameof(SiteProfile.IcpRecord) => sample.Profile with { IcpRecord = Hostile },
            nameof(SiteProfile.PublicSecurityRecord) => sample.Profile with { PublicSecurityRecord = Hostile },
            nameof(SiteProfile.Sponsor) => sample.Profile with { Sponsor = Hostile },
            nameof(SiteProfile.Organizer) => sample.Profile with { Organizer = Hostile },
            nameof(SiteProfile.TechnicalSupport) => sample.Profile with { TechnicalSupport = Hostile },
            nameof(SiteProfile.Address) => sample.Profile with { Address = Hostile },
            _ => sample.Profile with { ColumnName = Hostile },
        };

        var html = HtmlReportRenderer.RenderPage(FixtureReports.Outline("synthetic-busy-2023"), sample with { Profile = profile });

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        var page = SampleSites.Parse(html);
        Assert.Single(page.DocumentNode.Descendants("title"));
        // The value reaches the page, as text or in an attribute, exactly as site.json gave it.
        var shown = page.DocumentNode.Descendants().Select(n => HtmlEntity.DeEntitize(n.InnerText))
            .Concat(page.DocumentNode.Descendants().SelectMany(n => n.Attributes).Select(a => HtmlEntity.DeEntitize(a.Value)));
        Assert.Contains(shown, t => t is not null && t.Contains(Hostile, StringComparison.Ordinal));
    }

    [Fact]
    public void RenderFragment_IsTheReportBodyWithoutSiteChrome()
    {
        var outline = FixtureReports.Outline("panjin-commerce-2022");

        var fragment = SampleSites.Parse(HtmlReportRenderer.RenderFragment(outline, SampleSites.Get("2111000031")));

        var root = fragment.DocumentNode;
        Assert.DoesNotContain(root.Descendants(), n => n.Name is "html" or "head" or "body" or "header" or "footer" or "title" or "meta");
        Assert.Equal(outline.Title, Text(root.SelectSingleNode("//article[contains(@class,'docgen-report')]/h1")));
        Assert.Equal(3, root.SelectNodes("//table[contains(@class,'docgen-table')]")!.Count);
        Assert.DoesNotContain("beian", root.OuterHtml);
    }

    [Fact]
    public void RenderPage_SameInput_SameOutput()
    {
        var outline = FixtureReports.Outline("synthetic-busy-2023");
        var site = SampleSites.Get("2111000031");

        Assert.Equal(HtmlReportRenderer.RenderPage(outline, site), HtmlReportRenderer.RenderPage(outline, site));
    }

    [Fact]
    public void RenderPage_ManyThreadsAtOnce_AllGetTheSamePage()
    {
        var outlines = CheckoutPaths.FixtureNames.Select(name => FixtureReports.Outline(name)).ToArray();
        var site = SampleSites.Get("3703030001");
        var expected = outlines.Select(o => HtmlReportRenderer.RenderPage(o, site)).ToArray();

        var results = new string[outlines.Length * 20];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => results[i] = HtmlReportRenderer.RenderPage(outlines[i % outlines.Length], site));

        for (var i = 0; i < results.Length; i++) Assert.Equal(expected[i % outlines.Length], results[i]);
    }

    [Fact]
    public void RenderPage_LegacyReportWithFiveThousandSections_RendersWithinTheTemplateLimits()
    {
        var sections = Enumerable.Range(1, 5000).Select(i => new Section($"第{i}节", new DocGen.Core.Model.RichText($"第{i}节的正文。"))).ToArray();
        var report = FixtureReports.Report("zhangdian-commerce-2017") with { Sections = sections };

        var page = SampleSites.Parse(HtmlReportRenderer.RenderPage(FixtureReports.Outline(report), SampleSites.Get("3703030001")));

        Assert.Equal(5000, page.DocumentNode.SelectNodes("//section")!.Count);
        Assert.Equal("第5000节", Text(page.DocumentNode.SelectNodes("//section/h2")![^1]));
    }

    [Fact]
    public void RenderPage_Cancelled_Stops()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            HtmlReportRenderer.RenderPage(FixtureReports.Outline("synthetic-busy-2023"), SampleSites.Get("2111000031"), cancellationToken: cancel.Token));
    }

    [Fact]
    public void RenderPage_LegacyReport_HasItsOwnSectionsAndNoNationalTables()
    {
        var page = Page("zhangdian-commerce-2017");

        Assert.Null(page.DocumentNode.SelectSingleNode("//table[contains(@class,'docgen-table')]"));
        Assert.Equal("一、政府信息公开工作概述", Text(page.DocumentNode.SelectSingleNode("//section/h2")));
    }
}

using DocGen.Sites;
using DocGen.Sites.Tests.Support;

namespace DocGen.Sites.Tests;

public sealed class SiteJsonReaderTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"site-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_file);

    private DocGen.Core.Sites.SiteProfile Read(string json)
    {
        File.WriteAllText(_file, json);
        return SiteJsonReader.Read(_file, Path.GetTempPath());
    }

    [Fact]
    public void Read_SharedPanjinSite_FillsEveryFieldItCarries()
    {
        var site = SiteJsonReader.Read(CheckoutPaths.Shared("fixtures", "site-panjin.json"), CheckoutPaths.Shared());

        Assert.Equal(
            ("2111000031", "盘锦市人民政府", "www.panjin.gov.cn", "盘锦市人民政府办公室", "市智慧城市运行管理中心", "0427-2283372", "辽ICP备11007870号-1", "21110002000056", "政府信息公开年报"),
            (site.SiteCode, site.Name, site.Domain, site.Sponsor, site.TechnicalSupport, site.Phone, site.IcpRecord, site.PublicSecurityDigits, site.ColumnName));
    }

    [Fact]
    public void Read_ProtoFieldNames_AreAcceptedLikeProtobufJson()
    {
        var site = Read("{\"site_code\": \"1507000009\", \"icp_record\": \"蒙ICP备1号\", \"public_security_record\": \"蒙公网安备15070002000001号\", \"template_set\": \"default\"}");

        Assert.Equal(("1507000009", "蒙ICP备1号", "15070002000001", "default"), (site.SiteCode, site.IcpRecord, site.PublicSecurityDigits, site.TemplateSet));
    }

    [Fact]
    public void Read_Fonts_AreRolesToFamilies()
    {
        var site = Read("{\"siteCode\": \"1507000009\", \"fonts\": {\"title\": \"AR PL UMing CN\", \"body\": \"WenQuanYi Zen Hei\"}}");

        Assert.Equal(new Dictionary<string, string> { ["title"] = "AR PL UMing CN", ["body"] = "WenQuanYi Zen Hei" }, site.Fonts);
    }

    [Fact]
    public void Read_Badge_IsItsImageAndLink()
    {
        var site = Read("{\"siteCode\": \"1507000009\", \"badge\": {\"imageUrl\": \"https://dcs.conac.cn/image/red.png\", \"linkUrl\": \"https://bszs.conac.cn/sitename?method=show&id=1\"}}");

        Assert.Equal(new DocGen.Core.Sites.SiteBadge("https://dcs.conac.cn/image/red.png", "https://bszs.conac.cn/sitename?method=show&id=1"), site.Badge);
    }

    [Theory]
    [InlineData("{\"siteCode\": \"1\",\n\"badge\": {\"imageUrl\": \"https://a/b.png\", \"linkUrl\": \"javascript:alert(1)\"}}", 2)]
    [InlineData("{\"siteCode\": \"1\",\n\"badge\": \"https://a/b.png\"}", 2)]
    [InlineData("{\n\"siteCode\": \"1\",\n\"name\": \"a\",,\n}", 3)]
    [InlineData("[1, 2]", 1)]
    [InlineData("{\"name\": \"no code\"}", 1)]
    [InlineData("{\"siteCode\": \"1\",\n\"fonts\": [\"x\"]}", 2)]
    [InlineData("{\"siteCode\": \"1\",\n\"fonts\": {\n\"body\": 3}}", 3)]
    public void Read_InvalidFile_ThrowsNamingFileAndLine(string json, int line)
    {
        var error = Assert.Throws<SiteFileException>(() => Read(json));

        Assert.Equal((_file, line), (error.FilePath, error.Line));
    }
}

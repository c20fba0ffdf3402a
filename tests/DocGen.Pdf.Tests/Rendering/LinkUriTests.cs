using DocGen.Pdf.Rendering;

namespace DocGen.Pdf.Tests.Rendering;

public class LinkUriTests
{
    [Theory]
    [InlineData("https://www.gov.cn/zhengce/", "https://www.gov.cn/zhengce/")]
    [InlineData("https://例子.中国/", "https://xn--fsqu00a.xn--fiqs8s/")]
    [InlineData("http://盘锦.gov.cn/信息公开/年报?年=2022#表三", "http://xn--vzym06d.gov.cn/%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80/%E5%B9%B4%E6%8A%A5?%E5%B9%B4=2022#%E8%A1%A8%E4%B8%89")]
    [InlineData("https://user@例子.中国:8443/a b", "https://user@xn--fsqu00a.xn--fiqs8s:8443/a%20b")]
    [InlineData("mailto:张三@例子.中国", "mailto:%E5%BC%A0%E4%B8%89@xn--fsqu00a.xn--fiqs8s")]
    [InlineData("https://www.example.gov.cn/%E4%B8%AD", "https://www.example.gov.cn/%E4%B8%AD")]
    public void FromIri_Iri_ValidAsciiUri(string iri, string uri)
    {
        Assert.Equal(uri, LinkUri.FromIri(iri));
    }
}

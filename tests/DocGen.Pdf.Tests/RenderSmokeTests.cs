using DocGen.Pdf.Tests.Support;

namespace DocGen.Pdf.Tests;

/// <summary>
/// Renders every fixture (and a rich-text sample) into $TMP/docgen-pdf-out for looking at:
/// <c>pdftoppm -r 60 -png NAME.pdf NAME</c>.
/// </summary>
public class RenderSmokeTests
{
    private static readonly string OutDir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "docgen-pdf-out")).FullName;

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Render_Fixture_WritesPdfThatStartsAndEndsLikeOne(string name)
    {
        var result = PdfReportRenderer.Default.Render(FixtureReports.Outline(name), Fixtures.Site(name));

        File.WriteAllBytes(Path.Combine(OutDir, name + ".pdf"), result.Bytes);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(result.Bytes, 0, 5));
        Assert.EndsWith("%%EOF\n", System.Text.Encoding.ASCII.GetString(result.Bytes[^6..]));
    }

    [Fact]
    public void Render_RichTextSample_WritesPdf()
    {
        const string html =
            "<p>本年度<b>重点</b>围绕“放管服”改革公开政策文件，详见<a href=\"https://www.gov.cn/zhengce/\">中国政府网政策专栏</a>（https://www.gov.cn/zhengce/）。</p>" +
            "<ul><li>政策解读<b>42</b>篇，其中图解15篇；</li><li>回应关切……</li></ul>" +
            "<ol><li>完善公开目录；</li><li>加强培训。</li></ol>" +
            "<table><tr><th>项目</th><th>数量</th><th>说明</th></tr><tr><td>政策解读</td><td>42</td><td>含图解、视频解读</td></tr>" +
            "<tr><td>新闻发布会</td><td>6</td><td>主要负责人出席2次</td></tr></table>";
        var report = FixtureReports.Report("synthetic-busy-2023") with { Problems = new DocGen.Core.Model.RichText(Html: html) };

        var result = PdfReportRenderer.Default.Render(FixtureReports.Outline(report), Fixtures.Site("synthetic-busy-2023"));

        File.WriteAllBytes(Path.Combine(OutDir, "rich-text-sample.pdf"), result.Bytes);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(result.Bytes, 0, 5));
    }
}

using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Core.Outline;
using DocGen.Html.Rendering;
using DocGen.Html.Templates;

namespace DocGen.Sites;

/// <summary>
/// Renders a freshly compiled site once with a small sample report before it may serve, so a
/// template that parses but fails at render time (a missing partial, a misspelt variable, a
/// sandbox limit) is refused at load instead of failing a publishing call.
/// </summary>
internal static class SiteTrial
{
    private static readonly ReportOutline Sample = BuildSample();

    /// <exception cref="TemplateCompileException">Rendering failed; names the file, line and column.</exception>
    public static void Run(RegisteredSite site)
    {
        foreach (var template in SiteSources.TemplateNames)
        {
            try
            {
                _ = template == HtmlReportRenderer.PageTemplate
                    ? HtmlReportRenderer.RenderPage(Sample, site)
                    : HtmlReportRenderer.RenderFragment(Sample, site);
            }
            catch (TemplateRenderException e)
            {
                throw new TemplateCompileException(e.FilePath, e.Line, e.Column, e.Reason, e);
            }
        }
    }

    private static ReportOutline BuildSample()
    {
        var binding = new ValueBinding("sample.count", ValueKind.Count, _ => "0");
        var table = new TableLayout("sample", "示例表", 2, 1,
        [
            new LayoutRow([LayoutCell.Group("示例", 2)]),
            new LayoutRow([LayoutCell.Row("项目"), LayoutCell.Value(binding)]),
        ]);
        var report = new AnnualReport
        {
            Agency = "示例机关", Year = 2024, SignedBy = "示例机关", SignedOn = "2025-01-20",
            Meta = new DocumentMeta("000000000/2025-00001", "无文号", "2025-01-20", "综合政务"),
        };
        return new ReportOutline(report, Edition.Edition2021, "示例机关2024年政府信息公开工作年度报告",
            new DocGen.Core.Model.RichText("导语"),
            [
                new OutlineSection("s1", "一、总体情况", new DocGen.Core.Model.RichText(Html: "<p>正文</p>"), null),
                new OutlineSection("s2", "二、表格", null, table),
            ],
            report.SignedBy, report.SignedOn);
    }
}

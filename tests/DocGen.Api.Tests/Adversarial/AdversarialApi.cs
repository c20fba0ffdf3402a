using System.Text;
using DocGen.Contracts;
using DocGen.Protos.V1;
using DocGen.Rendering;

namespace DocGen.Api.Tests.Adversarial;

/// <summary>A ReportApi over the repository's templates and the system fonts, with its own slots.</summary>
internal static class AdversarialApi
{
    public static ReportApi Create(int slots, int queue = 64, IReadOnlyList<string>? fontFolders = null) =>
        Create(new RenderScheduler(new RenderSchedulerOptions { MaxConcurrency = slots, QueueLimit = queue }), fontFolders);

    public static ReportApi Create(RenderScheduler scheduler, IReadOnlyList<string>? fontFolders = null)
    {
        var rendering = new ReportRendererSetup
        {
            TemplatesRoot = CheckoutPaths.Templates,
            WatchTemplates = false,
            FontFolders = fontFolders ?? [],
            UseSystemFonts = fontFolders is null,
        }.Create();
        return new ReportApi(rendering.Renderer, scheduler);
    }

    public static RenderRequest Normal(string id = "normal")
    {
        var request = RequestJson.ParseRenderRequest(File.ReadAllText(CheckoutPaths.Fixture("panjin-commerce-2022.json")));
        request.RequestId = id;
        request.Formats.Clear();
        request.Formats.Add(OutputFormat.HtmlPage);
        request.Formats.Add(OutputFormat.Pdf);
        return request;
    }

    public static RenderRequest WithOverviewHtml(string html, string id = "hostile")
    {
        var request = Normal(id);
        request.Report.Overview = new DocGen.Protos.V1.RichText { Html = html };
        return request;
    }

    public static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();

    /// <summary>Every narrative at its limit, in html with a paragraph per sentence (thousands of elements).</summary>
    public static RenderRequest Largest()
    {
        var request = Normal("largest");
        var paragraphs = new DocGen.Protos.V1.RichText { Html = Repeat("<p>政务公开工作稳步推进，存在的主要问题及改进情况。</p>", RequestLimits.NarrativeCharacters / 40) };
        var r = request.Report;
        (r.Preamble, r.Overview, r.Problems, r.OtherMatters) = (paragraphs, paragraphs, paragraphs, paragraphs.Clone());
        return request;
    }
}

using DocGen.Contracts;
using DocGen.Protos.V1;

namespace DocGen.Server.Tests.Support;

public static class Requests
{
    public static RenderRequest Fixture(string name) =>
        RequestJson.ParseRenderRequest(File.ReadAllText(CheckoutPaths.Fixture(name)));

    /// <summary>A report whose narrative runs to dozens of pages: a render that takes a while.</summary>
    public static RenderRequest Long(string requestId, int paragraphs = 600)
    {
        var request = Fixture("synthetic-busy-2023.json");
        request.RequestId = requestId;
        request.Formats.Clear();
        request.Formats.Add(OutputFormat.Pdf);
        request.Report.Overview = new DocGen.Protos.V1.RichText
        {
            Text = string.Join("\n", Enumerable.Range(1, paragraphs).Select(i =>
                $"（{i}）本机关坚持以公开为常态、不公开为例外，围绕群众关切推进政府信息公开，第{i}项工作按计划完成。")),
        };
        return request;
    }
}

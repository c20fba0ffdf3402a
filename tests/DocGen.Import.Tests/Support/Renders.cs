using DocGen.Contracts;
using DocGen.Rendering;
using P = DocGen.Protos.V1;

namespace DocGen.Import.Tests.Support;

/// <summary>Reports rendered by DocGen itself, in process, with the checkout's templates and sample sites.</summary>
internal static class Renders
{
    private static readonly Lazy<ReportRenderer> Renderer = new(() =>
        new ReportRendererSetup { TemplatesRoot = CheckoutPaths.Templates, WatchTemplates = false }.Create().Renderer);

    public static RenderOutcome Render(P.RenderRequest request, OutputKind outputs) =>
        Renderer.Value.Render(new RenderJob(request.SiteCode, ReportMapper.ToDomain(request.Report), outputs, Strict: false), CancellationToken.None);
}

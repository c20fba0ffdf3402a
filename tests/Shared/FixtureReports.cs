using DocGen.Contracts;
using DocGen.Core.Completion;
using DocGen.Core.Editions;
using DocGen.Core.Outline;
using DocGen.Protos.V1;
using AnnualReport = DocGen.Core.Model.AnnualReport;

namespace DocGen.Tests.Shared;

/// <summary>
/// The shared fixtures as the service reads them: the RenderRequest, its report mapped to the
/// domain, and the outline the renderers draw. Linked into the test projects that reference
/// DocGen.Contracts.
/// </summary>
internal static class FixtureReports
{
    public static RenderRequest Request(string name) =>
        RequestJson.ParseRenderRequest(File.ReadAllText(CheckoutPaths.Fixture(name + ".json")));

    public static AnnualReport Report(string name) => ReportMapper.ToDomain(Request(name).Report);

    /// <summary>The fixture's report completed and arranged as the Render path does before drawing.</summary>
    public static ReportOutline Outline(string name) => Outline(Report(name));

    public static ReportOutline Outline(AnnualReport report) =>
        ReportOutlineBuilder.Build(ReportCompleter.Complete(report), EditionResolver.Resolve(report));
}

using DocGen.Contracts;
using DocGen.Core.Model;

namespace DocGen.Core.Tests.Support;

/// <summary>The shared RenderRequest fixtures, mapped to the domain as the service does.</summary>
internal static class Fixtures
{
    public static AnnualReport Report(string name) =>
        ReportMapper.ToDomain(RequestJson.ParseRenderRequest(SharedFiles.ReadText("fixtures", name + ".json")).Report);
}

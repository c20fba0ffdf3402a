using Grpc.Core;
using ReportService = DocGen.Protos.V1.ReportService;

namespace DocGen.Server.Calls;

/// <summary>Which gRPC methods, as routing matched them, the intakes take in before grpc-dotnet reads them.</summary>
public static class IntakeCoverage
{
    /// <summary><c>UnaryIntake</c>: every unary method of every mapped service.</summary>
    public static bool Unary(IMethod method) => method.Type == MethodType.Unary;

    /// <summary><c>BatchIntake</c>: ReportService's client-streaming methods (RenderBatch).</summary>
    public static bool Batch(IMethod method) =>
        method.ServiceName == ReportService.Descriptor.FullName && ReportService.Descriptor.FindMethodByName(method.Name) is { IsClientStreaming: true };
}

using Microsoft.AspNetCore.Http;

namespace DocGen.Grpc.Internal;

/// <summary>Answers every POST /{service}/{method} no mapped method took: UNIMPLEMENTED, trailers-only.</summary>
internal sealed class UnimplementedCallHandler(GrpcServiceRegistry registry)
{
    public Task HandleCallAsync(HttpContext http)
    {
        if (!ProtocolChecks.Accept(http, out _)) return Task.CompletedTask;

        var service = http.Request.RouteValues["service"] as string ?? "";
        var detail = registry.Contains(service) ? "Method is unimplemented." : "Service is unimplemented.";
        var headers = http.Response.Headers;
        headers.ContentType = GrpcProtocol.ContentType;
        headers[GrpcProtocol.StatusTrailer] = "12"; // UNIMPLEMENTED
        headers[GrpcProtocol.MessageTrailer] = detail;
        return Task.CompletedTask;
    }
}

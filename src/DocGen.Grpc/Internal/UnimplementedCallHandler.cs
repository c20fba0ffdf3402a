using System.Diagnostics;
using DocGen.Grpc.CallHandlers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DocGen.Grpc.Internal;

/// <summary>Answers every POST /{service}/{method} no mapped method took: UNIMPLEMENTED, trailers-only.</summary>
internal sealed class UnimplementedCallHandler(GrpcServiceRegistry registry, ILogger logger)
{
    public Task HandleCallAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        if (!ProtocolChecks.Accept(http, out _)) return Task.CompletedTask;

        var service = http.Request.RouteValues["service"] as string ?? "";
        var detail = registry.Contains(service) ? "Method is unimplemented." : "Service is unimplemented.";
        var headers = http.Response.Headers;
        headers.ContentType = GrpcProtocol.ContentType;
        headers[GrpcProtocol.StatusTrailer] = "12"; // UNIMPLEMENTED
        headers[GrpcProtocol.MessageTrailer] = detail;

        if (logger.IsEnabled(LogLevel.Information))
        {
            ServerCallHandler.LogCallCompleted(logger, http.Request.Path.Value ?? "", StatusCode.Unimplemented,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, bytesIn: 0, bytesOut: 0);
        }
        return Task.CompletedTask;
    }
}

using System.Diagnostics;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Http.Features;

namespace DocGen.Server.Calls;

/// <summary>
/// One Information line per call (category DocGen.Server.Calls.CallLog, event 1): method, status,
/// duration, bytes in and out. Middleware rather than an interceptor, so calls refused before any
/// handler runs (content type, message size, decompression) are logged too, with the status the
/// client received.
/// </summary>
internal sealed partial class CallLog(RequestDelegate next, ILogger<CallLog> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            await next(http);
            return;
        }
        var started = Stopwatch.GetTimestamp();
        var bodies = CountingBodies.Attach(http);
        try
        {
            await next(http);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var status = StatusOf(http);
            if (http.Response.StatusCode == StatusCodes.Status200OK)
                LogCall(logger, http.Request.Path.Value ?? "", status, elapsed, bodies.BytesIn, bodies.BytesOut);
            else
                LogRefused(logger, http.Request.Path.Value ?? "", status, http.Response.StatusCode, elapsed);
        }
    }

    /// <summary>
    /// The status the caller got. grpc-dotnet answers a passed deadline itself and then resets the
    /// stream, so that call looks aborted: its settled status says DEADLINE_EXCEEDED. Any other
    /// aborted call was reset by the client (CANCELLED), whatever the handler did next. A request
    /// refused before a call began carries the grpc-status it was sent.
    /// </summary>
    private static StatusCode StatusOf(HttpContext http)
    {
        var call = http.Features.Get<IServerCallContextFeature>()?.ServerCallContext;
        if (call?.Status.StatusCode == StatusCode.DeadlineExceeded) return StatusCode.DeadlineExceeded;
        if (http.RequestAborted.IsCancellationRequested) return StatusCode.Cancelled;
        if (call is not null) return call.Status.StatusCode;
        var trailers = http.Features.Get<IHttpResponseTrailersFeature>()?.Trailers;
        var text = trailers?["grpc-status"].ToString() is { Length: > 0 } t ? t : http.Response.Headers["grpc-status"].ToString();
        if (int.TryParse(text, out var code)) return (StatusCode)code;
        return http.RequestAborted.IsCancellationRequested ? StatusCode.Cancelled : StatusCode.Unknown;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "gRPC {Method} {StatusCode} in {DurationMs:0.###} ms, {BytesIn} bytes in, {BytesOut} bytes out")]
    private static partial void LogCall(ILogger logger, string method, StatusCode statusCode, double durationMs, long bytesIn, long bytesOut);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "gRPC {Method} {StatusCode} refused with HTTP {HttpStatus} in {DurationMs:0.###} ms")]
    private static partial void LogRefused(ILogger logger, string method, StatusCode statusCode, int httpStatus, double durationMs);
}

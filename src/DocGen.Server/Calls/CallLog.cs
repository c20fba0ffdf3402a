using System.Diagnostics;
using Grpc.AspNetCore.Server;
using DocGen.Api;
using Grpc.Core;
using Microsoft.AspNetCore.Http.Features;

namespace DocGen.Server.Calls;

/// <summary>
/// One Information line per call (category DocGen.Server.Calls.CallLog, event 1): method, status,
/// duration, bytes in and out. Middleware rather than an interceptor, so calls refused before any
/// handler runs (content type, message size, decompression) are logged too, with the status the
/// client received. RESOURCE_EXHAUSTED is the exception: under overload a line per refusal is
/// megabytes a second, so those are counted in <see cref="RefusalLog"/> (a line per interval); and
/// calls ended by the client's mistake are counted in <see cref="ClientMistakes"/>, which lets only
/// so many have a line of their own.
/// </summary>
internal sealed partial class CallLog(RequestDelegate next, ILogger<CallLog> logger, RefusalLog refusals, ClientMistakes mistakes)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var logging = logger.IsEnabled(LogLevel.Information);
        var started = Stopwatch.GetTimestamp();
        var bodies = logging ? CountingBodies.Attach(http) : null;
        try
        {
            await next(http);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var status = StatusOf(http);
            var method = http.Request.Path.Value ?? "";
            if (status == StatusCode.ResourceExhausted)
                refusals.Record(method);
            else if (ClientMistakes.IsMistake(status, http.Items.ContainsKey(StatusMappingInterceptor.FaultItem)) && !mistakes.Record(method, status))
            {
                // Counted; past this interval's lines, summarised by ClientMistakes.
            }
            else if (bodies is not null && http.Response.StatusCode == StatusCodes.Status200OK)
                LogCall(logger, http.Request.Path.Value ?? "", status, elapsed, bodies.BytesIn, bodies.BytesOut);
            else if (bodies is not null)
                LogRefused(logger, http.Request.Path.Value ?? "", status, http.Response.StatusCode, elapsed);
        }
    }

    /// <summary>
    /// The status the caller got. A call whose deadline passed looks aborted either way (the client
    /// resets the stream at its deadline; grpc-dotnet answers its own and resets too): it is
    /// DEADLINE_EXCEEDED, even when the request was still being read. Any other aborted call was
    /// reset by the client (CANCELLED), whatever the handler did next. A request refused before a
    /// call began carries the grpc-status it was sent.
    /// </summary>
    private static StatusCode StatusOf(HttpContext http)
    {
        var call = http.Features.Get<IServerCallContextFeature>()?.ServerCallContext;
        var aborted = http.RequestAborted.IsCancellationRequested;
        if (call is not null && (call.Status.StatusCode == StatusCode.DeadlineExceeded || (aborted && Deadlines.HavePassed(call))))
            return StatusCode.DeadlineExceeded;
        if (aborted) return StatusCode.Cancelled;
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

using Microsoft.Extensions.Logging;

namespace DocGen.Grpc.CallHandlers;

internal abstract partial class ServerCallHandler
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "gRPC {Method} {StatusCode} in {DurationMs:0.###} ms, {BytesIn} bytes in, {BytesOut} bytes out")]
    internal static partial void LogCallCompleted(ILogger logger, string method, StatusCode statusCode,
        double durationMs, long bytesIn, long bytesOut);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "gRPC {Method} rejected with HTTP {HttpStatus}: {Reason}")]
    private static partial void LogCallRejected(ILogger logger, string method, int httpStatus, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "gRPC {Method} handler threw")]
    private static partial void LogHandlerFailed(ILogger logger, string method, Exception exception);
}

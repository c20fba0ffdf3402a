using System.Diagnostics;
using DocGen.Grpc.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.Extensions.Logging;

namespace DocGen.Grpc.CallHandlers;

/// <summary>
/// The steps every call shares: protocol checks, the call context, the server-side deadline,
/// mapping exceptions to a status, and one log line. Subclasses only read, invoke and write.
/// </summary>
internal abstract partial class ServerCallHandler
{
    private static readonly Status DeadlineExceeded = new(StatusCode.DeadlineExceeded, "Deadline exceeded.");

    private readonly GrpcTransportOptions _options;
    private readonly CancellationToken _serverStopping;
    private readonly ILogger _logger;

    protected ServerCallHandler(string method, GrpcTransportOptions options, CancellationToken serverStopping, ILogger logger)
    {
        Method = method;
        _options = options;
        _serverStopping = serverStopping;
        _logger = logger;
    }

    public string Method { get; }

    public async Task HandleCallAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        if (!ProtocolChecks.Accept(http, out var rejection))
        {
            LogCallRejected(_logger, Method, http.Response.StatusCode, rejection);
            return;
        }

        LiftBodyLimits(http);
        using var call = new HttpServerCall(http, Method, _options, _serverStopping);
        var status = Status.DefaultSuccess;
        long? answered = null;
        Google.Rpc.Status? richStatus = null;
        try
        {
            call.Start();
            var handler = HandleCallCoreAsync(call);
            if (call.DeadlinePassed is { } deadlinePassed
                && await Task.WhenAny(handler, deadlinePassed) != handler)
            {
                status = DeadlineExceeded;
                await CompleteAfterDeadlineAsync(http, call);
                answered = Stopwatch.GetTimestamp();
                // Awaited so a handler ignoring its token never outlives the HttpContext it may touch.
                await handler.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                return;
            }
            await handler;
            await call.CompleteAsync(status, richStatus: null);
        }
        catch (Exception) when (http.RequestAborted.IsCancellationRequested && !call.DeadlineReached)
        {
            // The client reset the stream: nobody is left to read a status.
            status = Status.DefaultCancelled;
        }
        catch (Exception ex)
        {
            (status, richStatus) = ToStatus(ex, call);
            await call.CompleteAsync(status, richStatus);
        }
        finally
        {
            LogCall(started, answered ?? Stopwatch.GetTimestamp(), call, status);
        }
    }

    /// <summary>The client gets DEADLINE_EXCEEDED now, even from a handler that ignores its token.</summary>
    private static async Task CompleteAfterDeadlineAsync(HttpContext http, HttpServerCall call)
    {
        try
        {
            await call.CompleteAsync(DeadlineExceeded, richStatus: null);
            await http.Response.CompleteAsync();
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && http.RequestAborted.IsCancellationRequested)
        {
            // The client gave up at the same moment; there is no one to tell.
        }
    }

    protected abstract Task HandleCallCoreAsync(HttpServerCall call);

    /// <summary>
    /// Kestrel's request-body limits are made for uploads, not calls: a batch stream passes the
    /// 30 MB MaxRequestBodySize, and an idle bidi stream falls below MinRequestBodyDataRate and
    /// is aborted. Messages are limited one by one instead (MaxReceiveMessageSize).
    /// </summary>
    private static void LiftBodyLimits(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = null;
        if (http.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } rate) rate.MinDataRate = null;
    }

    private (Status, Google.Rpc.Status?) ToStatus(Exception exception, HttpServerCall call)
    {
        switch (exception)
        {
            case RpcException rpc:
                return (rpc.Status, rpc.RichStatus);
            case OperationCanceledException or IOException when call.DeadlineReached:
                return (DeadlineExceeded, null);
            default:
                LogHandlerFailed(_logger, Method, exception);
                var detail = _options.EnableDetailedErrors
                    ? $"Exception was thrown by handler. {exception.GetType().Name}: {exception.Message}"
                    : "Exception was thrown by handler.";
                return (new Status(StatusCode.Unknown, detail), null);
        }
    }

    private void LogCall(long started, long answered, HttpServerCall call, Status status)
    {
        if (!_logger.IsEnabled(LogLevel.Information)) return;
        var elapsed = Stopwatch.GetElapsedTime(started, answered);
        LogCallCompleted(_logger, Method, status.StatusCode, elapsed.TotalMilliseconds, call.BytesReceived, call.BytesSent);
    }
}

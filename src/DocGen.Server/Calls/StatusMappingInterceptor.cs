using DocGen.Api;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace DocGen.Server.Calls;

/// <summary>
/// Maps what handlers throw onto statuses, for every service: an <see cref="ApiException"/> to its
/// code and message (with BadRequest details), and a cancellation to CANCELLED or, when the
/// caller's deadline has passed, DEADLINE_EXCEEDED (grpc-dotnet would call both UNKNOWN).
/// </summary>
internal sealed class StatusMappingInterceptor(ILogger<StatusMappingInterceptor> logger) : Interceptor
{
    /// <summary>Set on the call's HttpContext when a handler failed by our fault (logged here at Error).</summary>
    public const string FaultItem = "docgen.fault";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (Map(e, context) is { } mapped)
        {
            throw mapped;
        }
        catch (Exception e) when (Fault(e, context))
        {
            throw;
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception e) when (Map(e, context) is { } mapped)
        {
            throw mapped;
        }
        catch (Exception e) when (Fault(e, context))
        {
            throw;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception e) when (Map(e, context) is { } mapped)
        {
            throw mapped;
        }
        catch (Exception e) when (Fault(e, context))
        {
            throw;
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception e) when (Map(e, context) is { } mapped)
        {
            throw mapped;
        }
        catch (Exception e) when (Fault(e, context))
        {
            throw;
        }
    }

    /// <summary>
    /// A handler's exception that is not a refusal: our fault, logged at Error with its stack. (The
    /// host keeps grpc-dotnet's own handler log quiet: it would log a client's malformed message
    /// the same way.) Always false, so the exception goes on unchanged.
    /// </summary>
    private bool Fault(Exception e, ServerCallContext context)
    {
        if (e is RpcException) return false;
        context.GetHttpContext().Items[FaultItem] = true;
        logger.LogError(e, "gRPC {Method} failed", context.Method);
        return false;
    }

    private static RpcException? Map(Exception e, ServerCallContext context) => e switch
    {
        ApiException api => ApiErrors.ToRpcException(api),
        OperationCanceledException when context.CancellationToken.IsCancellationRequested =>
            Deadlines.HavePassed(context)
                ? new RpcException(new Status(StatusCode.DeadlineExceeded, "Deadline exceeded."))
                : new RpcException(new Status(StatusCode.Cancelled, "The call was cancelled.")),
        _ => null,
    };
}

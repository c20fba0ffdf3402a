using DocGen.Api;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace DocGen.Server.Calls;

/// <summary>
/// Maps what handlers throw onto statuses, for every service: an <see cref="ApiException"/> to its
/// code and message (with BadRequest details), and a cancellation to CANCELLED or, when the
/// caller's deadline has passed, DEADLINE_EXCEEDED (grpc-dotnet would call both UNKNOWN).
/// </summary>
internal sealed class StatusMappingInterceptor : Interceptor
{
    /// <summary>
    /// A client enforces its own deadline and resets the stream when it passes, a little before the
    /// server's copy of that deadline (counted from when the request arrived) runs out.
    /// </summary>
    private static readonly TimeSpan ClientDeadlineLead = TimeSpan.FromMilliseconds(500);

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
    }

    private static RpcException? Map(Exception e, ServerCallContext context) => e switch
    {
        ApiException api => ApiErrors.ToRpcException(api),
        OperationCanceledException when context.CancellationToken.IsCancellationRequested =>
            context.Deadline != DateTime.MaxValue && context.Deadline - ClientDeadlineLead <= DateTime.UtcNow
                ? new RpcException(new Status(StatusCode.DeadlineExceeded, "Deadline exceeded."))
                : new RpcException(new Status(StatusCode.Cancelled, "The call was cancelled.")),
        _ => null,
    };
}

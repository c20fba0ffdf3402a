using Grpc.Core;
using Grpc.Core.Interceptors;

namespace DocGen.Server.Calls;

/// <summary>
/// An interceptor that does one thing to every call before its handler runs, whatever the call's
/// type (unary, either streaming kind, duplex); subclasses say what in <see cref="BeforeCall"/>.
/// </summary>
internal abstract class BeforeCallInterceptor : Interceptor
{
    protected abstract void BeforeCall(ServerCallContext context);

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        BeforeCall(context);
        return continuation(request, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        BeforeCall(context);
        return continuation(requestStream, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        BeforeCall(context);
        return continuation(request, responseStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        BeforeCall(context);
        return continuation(requestStream, responseStream, context);
    }
}

using Grpc.Core;
using Grpc.Core.Interceptors;

namespace DocGen.Server.Calls;

/// <summary>
/// Responses are gzip-compressed only for a caller that compressed its request. Most of a
/// response is an already-compressed PDF: gzipping it again for every client that merely accepts
/// gzip (grpc-dotnet's ResponseCompressionAlgorithm alone) costs CPU and saves nothing.
/// </summary>
internal sealed class CompressionPolicyInterceptor : Interceptor
{
    private static readonly WriteOptions Uncompressed = new(WriteFlags.NoCompress);

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Apply(context);
        return continuation(request, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Apply(context);
        return continuation(requestStream, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Apply(context);
        return continuation(request, responseStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Apply(context);
        return continuation(requestStream, responseStream, context);
    }

    private static void Apply(ServerCallContext context)
    {
        var requestEncoding = context.GetHttpContext().Request.Headers["grpc-encoding"].ToString();
        if (!string.Equals(requestEncoding, "gzip", StringComparison.OrdinalIgnoreCase)) context.WriteOptions = Uncompressed;
    }
}

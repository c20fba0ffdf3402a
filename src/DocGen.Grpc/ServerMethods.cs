namespace DocGen.Grpc;

// Handler shapes, one per call type, matching what generated gRPC base classes expose.

public delegate Task<TResponse> UnaryServerMethod<in TRequest, TResponse>(
    TRequest request, ServerCallContext context);

public delegate Task ServerStreamingServerMethod<in TRequest, TResponse>(
    TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context);

public delegate Task<TResponse> ClientStreamingServerMethod<TRequest, TResponse>(
    IAsyncStreamReader<TRequest> requestStream, ServerCallContext context);

public delegate Task DuplexStreamingServerMethod<TRequest, TResponse>(
    IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream,
    ServerCallContext context);

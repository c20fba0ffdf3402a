namespace DocGen.Grpc.Client;

/// <summary>A finished unary call: the message, and the headers and trailers that came with it.</summary>
public sealed record GrpcResponse<TResponse>(
    TResponse Message,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Trailers);

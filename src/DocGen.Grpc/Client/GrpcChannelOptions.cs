namespace DocGen.Grpc.Client;

public sealed class GrpcChannelOptions
{
    /// <summary>Largest response message accepted, in bytes; null for no limit.</summary>
    public int? MaxReceiveMessageSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>A handler to use instead of the default h2c-capable SocketsHttpHandler.</summary>
    public HttpMessageHandler? HttpHandler { get; set; }
}

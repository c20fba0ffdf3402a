namespace DocGen.Grpc;

/// <summary>Limits and behaviour of the transport, set by <c>services.AddGrpcTransport(options =&gt; …)</c>.</summary>
public sealed class GrpcTransportOptions
{
    /// <summary>Largest request message accepted, in bytes (after decompression); null for no limit.</summary>
    public int? MaxReceiveMessageSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest response message sent, in bytes (before compression); null for no limit.</summary>
    public int? MaxSendMessageSize { get; set; }

    /// <summary>
    /// Compress responses with gzip whenever the client accepts it. When false, responses are
    /// compressed only for clients that compressed their own request.
    /// </summary>
    public bool CompressResponses { get; set; }

    /// <summary>Put the exception's message in grpc-message for unexpected handler failures.</summary>
    public bool EnableDetailedErrors { get; set; }
}

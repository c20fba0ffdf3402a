namespace DocGen.Server.Configuration;

/// <summary>The "Grpc" section: message size limits, mapped onto grpc-dotnet's service options.</summary>
public sealed class GrpcLimitsOptions
{
    public const string Section = "Grpc";

    /// <summary>
    /// Largest request message, after decompression: sized to the request limits (the largest
    /// accepted report is under 3 MB), so a waiting call cannot hold more.
    /// </summary>
    public int MaxReceiveMessageBytes { get; set; } = DocGen.Api.RequestLimits.MessageBytes;

    /// <summary>Largest response message (a long report's PDF).</summary>
    public int MaxSendMessageBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>
    /// Bytes of request messages the server holds at once: a unary request (Render, Validate,
    /// ImportReport) from the moment its length arrives until its call ends, past which a new call
    /// is refused with RESOURCE_EXHAUSTED before any of it is buffered; a RenderBatch message from
    /// its length until the batch is done with it, past which the stream stops reading until there
    /// is room (back-pressure: a batch is not refused for it).
    /// </summary>
    public long MaxRequestBytesInFlight { get; set; } = 128L * 1024 * 1024;

    /// <summary>
    /// The share of <see cref="MaxRequestBytesInFlight"/> the calls of one connection may hold, so
    /// that one connection's streams (up to <see cref="MaxStreamsPerConnection"/> messages at the
    /// limit) cannot spend the whole budget and have everyone else's calls refused.
    /// </summary>
    public long MaxRequestBytesPerConnection { get; set; } = 32L * 1024 * 1024;

    /// <summary>
    /// The share of <see cref="MaxRequestBytesInFlight"/> the calls made with one API key may hold,
    /// so one caller spends only its own share, whatever connections it opens.
    /// </summary>
    public long MaxRequestBytesPerCaller { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// The one pool calls without a key share on a server with keys (health, open reflection: small
    /// requests). The key is checked from the headers first, so a keyless call to any other method
    /// is refused UNAUTHENTICATED before a byte of it is read. A server without keys tells nobody
    /// apart and gives every call the whole budget.
    /// </summary>
    public long MaxKeylessRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>A unary request must arrive whole within this many seconds (DEADLINE_EXCEEDED otherwise).</summary>
    public int ReceiveTimeoutSeconds { get; set; } = 30;

    /// <summary>Concurrent HTTP/2 streams (calls) one connection may open (Kestrel's default is 100).</summary>
    public int MaxStreamsPerConnection { get; set; } = 32;

    /// <summary>Open connections at once, gRPC and gRPC-Web together.</summary>
    public long MaxConnections { get; set; } = 256;

    /// <summary>
    /// Open connections from one remote address: a quarter of <see cref="MaxConnections"/>, so one
    /// host's idle sockets leave room for everyone else. Raise it for a proxy in front that
    /// funnels every client through one address.
    /// </summary>
    public int MaxConnectionsPerAddress { get; set; } = 64;

    /// <summary>
    /// Seconds a connection may take for its TLS handshake, its HTTP/2 preface and its first
    /// request's headers (Kestrel's request-headers and handshake timeouts).
    /// </summary>
    public int HandshakeTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// Seconds a connection with no call open is kept (Kestrel's keep-alive timeout, 130 s by
    /// default); gRPC clients reconnect when a channel is used again.
    /// </summary>
    public int IdleConnectionTimeoutSeconds { get; set; } = 20;
}

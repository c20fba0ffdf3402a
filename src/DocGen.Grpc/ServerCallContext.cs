using Microsoft.AspNetCore.Http;

namespace DocGen.Grpc;

/// <summary>What a handler knows about the call it serves, and what it may add to the answer.</summary>
public abstract class ServerCallContext
{
    /// <summary>The full method path, e.g. "/docgen.v1.ReportService/Render".</summary>
    public abstract string Method { get; }

    /// <summary>The caller, e.g. "ipv4:127.0.0.1:53122".</summary>
    public abstract string Peer { get; }

    /// <summary>When the caller stops waiting (UTC); <see cref="DateTime.MaxValue"/> without a grpc-timeout.</summary>
    public abstract DateTime Deadline { get; }

    /// <summary>Fires when the client cancels (RST_STREAM) or the deadline passes.</summary>
    public abstract CancellationToken CancellationToken { get; }

    /// <summary>
    /// Fires when the host begins to stop. In-flight calls are let finish, so ordinary handlers
    /// ignore it; long-lived streams (health Watch, batches) use it to wind down in time.
    /// </summary>
    public abstract CancellationToken ServerStopping { get; }

    public abstract IHeaderDictionary RequestHeaders { get; }

    /// <summary>Extra trailers sent with the status. Names ending in "-bin" must hold base64.</summary>
    public abstract IDictionary<string, string> ResponseTrailers { get; }
}

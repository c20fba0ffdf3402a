using System.Runtime.CompilerServices;

namespace DocGen.Cli.Backends;

/// <summary>
/// Tells a call which replica it went to. Grpc.Net.Client's balancer picks the address and
/// rewrites the request's URI before handing it down the handler chain, so here the URI is the
/// replica's host:port. The call's own async flow carries the box the answer goes into.
/// </summary>
internal sealed class ReplicaTagHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private static readonly AsyncLocal<StrongBox<string?>?> Current = new();

    /// <summary>A box that the next call started on this async flow fills with its replica.</summary>
    public static StrongBox<string?> Track() => Current.Value = new StrongBox<string?>();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Current.Value is { } box && request.RequestUri is { } uri) box.Value = uri.Authority;
        return base.SendAsync(request, cancellationToken);
    }
}

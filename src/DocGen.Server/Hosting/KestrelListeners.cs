using DocGen.Server.Configuration;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace DocGen.Server.Hosting;

/// <summary>
/// Kestrel's endpoints from <see cref="ServerOptions"/>: gRPC on Server:Address (h2c, or TLS with
/// ALPN h2), then gRPC-Web on Server:WebAddress (HTTP/1.1 in cleartext; HTTP/1.1 and HTTP/2 over
/// TLS, where ALPN can choose). Runs after the options were validated at start.
/// </summary>
internal sealed class KestrelListeners(IOptions<ServerOptions> server, IOptions<GrpcLimitsOptions> limits) : IConfigureOptions<KestrelServerOptions>
{
    public void Configure(KestrelServerOptions kestrel)
    {
        var options = server.Value;
        var grpc = limits.Value;
        kestrel.Limits.MaxConcurrentConnections = grpc.MaxConnections;
        kestrel.Limits.Http2.MaxStreamsPerConnection = grpc.MaxStreamsPerConnection;
        // A connection that sends nothing, only the HTTP/2 preface, or no request after its last one
        // is closed after these instead of Kestrel's 130 s keep-alive, so idle sockets free their
        // places in MaxConnections quickly.
        kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(grpc.IdleConnectionTimeoutSeconds);
        kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(grpc.HandshakeTimeoutSeconds);
        var perAddress = new ConnectionsPerAddress(grpc.MaxConnectionsPerAddress);
        // Messages are limited one by one (Grpc:MaxReceiveMessageBytes); Kestrel's 30 MB body
        // limit would otherwise cut a unary call configured for more with a bare HTTP error.
        kestrel.Limits.MaxRequestBodySize = null;
        Listen(kestrel, "Server:Address", options.Address, HttpProtocols.Http2, options, grpc, perAddress);
        if (!string.IsNullOrEmpty(options.WebAddress))
            Listen(kestrel, "Server:WebAddress", options.WebAddress, HttpProtocols.Http1, options, grpc, perAddress);
    }

    private static void Listen(KestrelServerOptions kestrel, string key, string text, HttpProtocols cleartext, ServerOptions options,
        GrpcLimitsOptions grpc, ConnectionsPerAddress perAddress)
    {
        var address = ListenAddress.TryParse(key, text, out var error) ?? throw new OptionsValidationException(key, typeof(ServerOptions), [error]);
        kestrel.Listen(address.EndPoint, listen =>
        {
            listen.Use(perAddress.Middleware);
            if (!address.Tls)
            {
                listen.Protocols = cleartext; // h2c (gRPC with prior knowledge), or HTTP/1.1 for gRPC-Web
                return;
            }
            listen.Protocols = HttpProtocols.Http1AndHttp2;
            listen.UseHttps(options.CertificatePath!, options.CertificatePassword,
                https => https.HandshakeTimeout = TimeSpan.FromSeconds(grpc.HandshakeTimeoutSeconds));
        });
    }
}

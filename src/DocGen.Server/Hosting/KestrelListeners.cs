using DocGen.Server.Configuration;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace DocGen.Server.Hosting;

/// <summary>
/// Kestrel's endpoints from <see cref="ServerOptions"/>: gRPC on Server:Address (h2c, or TLS with
/// ALPN h2), then gRPC-Web on Server:WebAddress (HTTP/1.1 in cleartext; HTTP/1.1 and HTTP/2 over
/// TLS, where ALPN can choose). Runs after the options were validated at start.
/// </summary>
internal sealed class KestrelListeners(IOptions<ServerOptions> server) : IConfigureOptions<KestrelServerOptions>
{
    public void Configure(KestrelServerOptions kestrel)
    {
        var options = server.Value;
        // Messages are limited one by one (Grpc:MaxReceiveMessageBytes); Kestrel's 30 MB body
        // limit would otherwise cut a unary call configured for more with a bare HTTP error.
        kestrel.Limits.MaxRequestBodySize = null;
        Listen(kestrel, "Server:Address", options.Address, HttpProtocols.Http2, options);
        if (!string.IsNullOrEmpty(options.WebAddress))
            Listen(kestrel, "Server:WebAddress", options.WebAddress, HttpProtocols.Http1, options);
    }

    private static void Listen(KestrelServerOptions kestrel, string key, string text, HttpProtocols cleartext, ServerOptions options)
    {
        var address = ListenAddress.TryParse(key, text, out var error) ?? throw new OptionsValidationException(key, typeof(ServerOptions), [error]);
        kestrel.Listen(address.EndPoint, listen =>
        {
            if (!address.Tls)
            {
                listen.Protocols = cleartext; // h2c (gRPC with prior knowledge), or HTTP/1.1 for gRPC-Web
                return;
            }
            listen.Protocols = HttpProtocols.Http1AndHttp2;
            listen.UseHttps(options.CertificatePath!, options.CertificatePassword);
        });
    }
}

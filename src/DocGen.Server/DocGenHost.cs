using System.Net;
using DocGen.Grpc;
using DocGen.Server.Configuration;
using DocGen.Server.Services;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace DocGen.Server;

/// <summary>
/// Builds the DocGen server: configuration (appsettings, DOCGEN_ environment variables, command
/// line), Kestrel on the configured address, the transport, the report and site services, health
/// and reflection. Tests build it the same way with a loopback port of their own.
/// </summary>
public static class DocGenHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = ContentRoot(),
        });
        // appsettings.json lives beside the binary; the content root is the checkout (for templates/).
        // Later sources win: appsettings < DOCGEN_ environment variables < command line.
        var configuration = builder.Configuration;
        configuration.Sources.Clear();
        configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        configuration.AddEnvironmentVariables("DOCGEN_");
        configuration.AddCommandLine(args);
        configure?.Invoke(builder);

        var server = builder.Configuration.GetSection(ServerOptions.Section).Get<ServerOptions>() ?? new ServerOptions();
        builder.WebHost.ConfigureKestrel(kestrel => Listen(kestrel, server));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(server.ShutdownTimeoutSeconds));

        var grpc = builder.Configuration.GetSection("Grpc");
        builder.Services.AddGrpcTransport(o =>
        {
            o.MaxReceiveMessageSize = grpc.GetValue<int?>("MaxReceiveMessageBytes") ?? o.MaxReceiveMessageSize;
            o.MaxSendMessageSize = grpc.GetValue<int?>("MaxSendMessageBytes") ?? o.MaxSendMessageSize;
        });
        builder.Services.AddDocGenRendering(builder.Configuration, builder.Environment);

        var app = builder.Build();
        app.MapDocGenServices();
        return app;
    }

    /// <summary>
    /// The folder relative paths (templates/) resolve against: the repository when run from a
    /// checkout (script/server), else the application folder (a published image).
    /// </summary>
    private static string ContentRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln"))) return dir.FullName;
        }
        return AppContext.BaseDirectory;
    }

    private static void Listen(KestrelServerOptions kestrel, ServerOptions server)
    {
        if (!Uri.TryCreate(server.Address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"Server:Address \"{server.Address}\" is not an http:// or https:// address");
        var endpoint = uri.Host is "localhost" ? new IPEndPoint(IPAddress.Loopback, uri.Port)
            : uri.Host is "*" or "+" ? new IPEndPoint(IPAddress.Any, uri.Port)
            : IPAddress.TryParse(uri.Host, out var ip) ? new IPEndPoint(ip, uri.Port)
            : throw new InvalidOperationException($"Server:Address host \"{uri.Host}\" must be an IP address, localhost or *");
        kestrel.Listen(endpoint, listen =>
        {
            if (uri.Scheme == "http")
            {
                listen.Protocols = HttpProtocols.Http2; // h2c: gRPC with prior knowledge
                return;
            }
            if (string.IsNullOrEmpty(server.CertificatePath))
                throw new InvalidOperationException($"Server:Address \"{server.Address}\" is https but Server:CertificatePath is not set");
            listen.Protocols = HttpProtocols.Http1AndHttp2;
            listen.UseHttps(server.CertificatePath, server.CertificatePassword);
        });
    }
}

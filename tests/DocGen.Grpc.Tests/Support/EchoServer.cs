using System.Net;
using DocGen.Grpc.Health;
using DocGen.Grpc.Tests.Interop;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocGen.Grpc.Tests.Support;

/// <summary>
/// A real Kestrel listener on a free loopback port (h2c), serving Echo, health and reflection,
/// with the limits the interop clients expect: 1 MiB in, 2 MiB out.
/// </summary>
public sealed class EchoServer : IAsyncDisposable
{
    public const int MaxReceiveMessageSize = 1024 * 1024;
    public const int MaxSendMessageSize = 2 * 1024 * 1024;

    private readonly WebApplication _app;

    private EchoServer(WebApplication app, EchoService echo, CapturingLoggerProvider logs)
    {
        _app = app;
        Echo = echo;
        Logs = logs;
        Port = new Uri(app.Urls.First()).Port;
        Address = $"http://127.0.0.1:{Port}";
    }

    public int Port { get; }
    public string Address { get; }
    public EchoService Echo { get; }
    public HandlerProbe Probe => Echo.Probe;
    public CapturingLoggerProvider Logs { get; }
    public HealthStatusStore Health => _app.Services.GetRequiredService<HealthStatusStore>();

    public static async Task<EchoServer> StartAsync(Action<GrpcTransportOptions>? configure = null,
        HttpProtocols protocols = HttpProtocols.Http2)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = protocols));
        builder.Services.AddGrpcTransport(options =>
        {
            options.MaxReceiveMessageSize = MaxReceiveMessageSize;
            options.MaxSendMessageSize = MaxSendMessageSize;
            configure?.Invoke(options);
        });
        builder.Services.AddGrpcHealth();
        builder.Services.AddGrpcReflection(InteropReflection.Descriptor);

        var app = builder.Build();
        var echo = new EchoService();
        app.MapGrpcService(echo.Definition);
        app.MapGrpcHealthService();
        app.MapGrpcReflectionService();
        await app.StartAsync();
        return new EchoServer(app, echo, logs);
    }

    public Client.GrpcChannel CreateChannel(Client.GrpcChannelOptions? options = null) =>
        Client.GrpcChannel.ForAddress(Address, options);

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

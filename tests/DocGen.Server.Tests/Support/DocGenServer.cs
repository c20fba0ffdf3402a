using DocGen.Grpc.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocGen.Server.Tests.Support;

/// <summary>The real DocGen host on a free loopback port (h2c), with the repository's sample sites.</summary>
public sealed class DocGenServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DocGenServer(WebApplication app)
    {
        _app = app;
        Address = app.Urls.First().Replace("[::1]", "127.0.0.1");
    }

    public string Address { get; }

    public IHostApplicationLifetime Lifetime => _app.Lifetime;

    public static async Task<DocGenServer> StartAsync(params (string Key, string Value)[] settings)
    {
        var app = DocGenHost.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Server:Address"] = "http://127.0.0.1:0",
                ["Templates:Root"] = CheckoutPaths.Templates,
                ["Server:ShutdownTimeoutSeconds"] = "30",
            }.Concat(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))));
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync();
        return new DocGenServer(app);
    }

    public GrpcChannel Channel() =>
        GrpcChannel.ForAddress(Address, new GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 * 1024 });

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>One server for a test class.</summary>
public sealed class DocGenServerFixture : IAsyncLifetime
{
    public DocGenServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await DocGenServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

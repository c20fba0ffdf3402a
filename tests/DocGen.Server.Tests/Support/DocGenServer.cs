using DocGen.Protos.V1;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocGen.Server.Tests.Support;

/// <summary>
/// The real DocGen host on free loopback ports: gRPC (h2c) and gRPC-Web (HTTP/1.1), with the
/// repository's sample sites, called with Grpc.Net.Client and the generated clients.
/// </summary>
public sealed class DocGenServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly GrpcChannel _channel;

    private DocGenServer(WebApplication app)
    {
        _app = app;
        // Kestrel lists its endpoints in the order they were bound: Server:Address, then Server:WebAddress.
        var urls = app.Urls.Select(u => u.Replace("[::1]", "127.0.0.1")).ToArray();
        Address = urls[0];
        WebAddress = urls.Length > 1 ? urls[1] : "";
        _channel = Channel();
        Reports = new ReportService.ReportServiceClient(_channel);
        Sites = new SiteService.SiteServiceClient(_channel);
        Health = new Health.HealthClient(_channel);
    }

    public string Address { get; }

    public string WebAddress { get; }

    public ReportService.ReportServiceClient Reports { get; }

    public SiteService.SiteServiceClient Sites { get; }

    public Health.HealthClient Health { get; }

    public IServiceProvider Services => _app.Services;

    public IHostApplicationLifetime Lifetime => _app.Lifetime;

    public static async Task<DocGenServer> StartAsync(params (string Key, string Value)[] settings) =>
        await StartAsync(null, settings);

    public static async Task<DocGenServer> StartAsync(ILoggerProvider? logs, params (string Key, string Value)[] settings)
    {
        var app = DocGenHost.Build([], builder =>
        {
            var values = new Dictionary<string, string?>
            {
                ["Server:Address"] = "http://127.0.0.1:0",
                ["Server:WebAddress"] = "http://127.0.0.1:0",
                ["Templates:Root"] = CheckoutPaths.Templates,
                ["Server:ShutdownTimeoutSeconds"] = "30",
                // The resident memory here is the test process's, many hosts and xunit: not a server's to trim.
                ["Memory:TrimAboveMiB"] = "0",
            };
            foreach (var (key, value) in settings) values[key] = value;
            builder.Configuration.AddInMemoryCollection(values);
            builder.Logging.ClearProviders();
            if (logs is not null) builder.Logging.AddProvider(logs);
            builder.Logging.SetMinimumLevel(logs is null ? LogLevel.Warning : LogLevel.Information);
        });
        await app.StartAsync();
        return new DocGenServer(app);
    }

    /// <summary>A channel of its own (the shared one is behind <see cref="Reports"/>, <see cref="Sites"/>, <see cref="Health"/>).</summary>
    public GrpcChannel Channel(GrpcChannelOptions? options = null)
    {
        options ??= new GrpcChannelOptions();
        options.MaxReceiveMessageSize ??= 64 * 1024 * 1024;
        return GrpcChannel.ForAddress(Address, options);
    }

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        await _app.DisposeAsync();
    }
}

/// <summary>One server for a test class.</summary>
public sealed class DocGenServerFixture : IAsyncLifetime
{
    public DocGenServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await DocGenServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>One server for a test class, with Auth:Keys: <see cref="TestKeys.Admin"/> for every site, <see cref="TestKeys.Panjin"/> for 2111000031.</summary>
public sealed class KeyedServerFixture : IAsyncLifetime
{
    public DocGenServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await DocGenServer.StartAsync(TestKeys.Settings());

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

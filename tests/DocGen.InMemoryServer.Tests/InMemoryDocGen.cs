using DocGen.Protos.V1;
using DocGen.Server;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DocGen.InMemoryServer.Tests;

/// <summary>
/// DocGen's host as the server builds it (DocGenHost: options, middleware, interceptors, services)
/// on ASP.NET Core's in-memory TestServer, with the generated clients over a channel to it.
/// </summary>
public sealed class InMemoryDocGen : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly GrpcChannel _channel;

    private InMemoryDocGen(WebApplication app)
    {
        _app = app;
        var server = app.GetTestServer();
        _channel = GrpcChannel.ForAddress(server.BaseAddress, new GrpcChannelOptions
        {
            // The request budget is kept per connection; TestServer has no connections of its own.
            HttpHandler = server.CreateHandler(context => context.Connection.Id = "in-memory"),
            MaxReceiveMessageSize = 64 * 1024 * 1024,
        });
        Reports = new ReportService.ReportServiceClient(_channel);
        Sites = new SiteService.SiteServiceClient(_channel);
        Health = new Health.HealthClient(_channel);
    }

    public ReportService.ReportServiceClient Reports { get; }

    public SiteService.SiteServiceClient Sites { get; }

    public Health.HealthClient Health { get; }

    public static async Task<InMemoryDocGen> StartAsync()
    {
        var app = DocGenHost.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Server:Address"] = "http://127.0.0.1:0",
                ["Server:WebAddress"] = "",
                ["Templates:Root"] = CheckoutPaths.Templates,
                ["Memory:TrimAboveMiB"] = "0",
            });
            builder.WebHost.UseTestServer();
            builder.Logging.ClearProviders();
        });
        await app.StartAsync();
        return new InMemoryDocGen(app);
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        await _app.DisposeAsync();
    }
}

/// <summary>One in-memory server for a test class.</summary>
public sealed class InMemoryDocGenFixture : IAsyncLifetime
{
    public InMemoryDocGen Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await InMemoryDocGen.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

using DocGen.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DocGen.Admin.Tests.Support;

/// <summary>The real DocGen host with the admin page enabled, on free loopback ports; <see cref="PageUrl"/> is the page on the gRPC-Web address.</summary>
public sealed class AdminServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public string PageUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _app = DocGenHost.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Server:Address"] = "http://127.0.0.1:0",
                ["Server:WebAddress"] = "http://127.0.0.1:0",
                ["Admin:Enabled"] = "true",
                ["Templates:Root"] = CheckoutPaths.Templates,
            });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await _app.StartAsync();
        // Kestrel lists its endpoints in the order they were bound: Server:Address, then Server:WebAddress.
        PageUrl = _app.Urls.ElementAt(1).Replace("[::1]", "127.0.0.1") + "/admin/";
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}

using DocGen.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DocGen.Admin.Tests.Support;

/// <summary>The real DocGen host with the admin page enabled, on free loopback ports; <see cref="PageUrl"/> is the page on the gRPC-Web address.</summary>
public class AdminServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public string PageUrl { get; private set; } = "";

    /// <summary>Settings on top of the page's own, for a server configured otherwise.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> MoreSettings => [];

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
            }.Concat(MoreSettings));
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

/// <summary>The admin page's server with Auth:Keys: <see cref="PanjinKey"/> for site 2111000031 only, <see cref="EveryKey"/> for every site.</summary>
public sealed class KeyedAdminServerFixture : AdminServerFixture
{
    public const string PanjinKey = "k-panjin-admin-page-5d1e07";
    public const string EveryKey = "k-every-admin-page-92ab4c";

    protected override IEnumerable<KeyValuePair<string, string?>> MoreSettings => new Dictionary<string, string?>
    {
        ["Auth:Keys:0:Name"] = "panjin-editor",
        ["Auth:Keys:0:Sha256"] = DocGen.Api.Callers.CallerKeys.HashOf(PanjinKey),
        ["Auth:Keys:0:Sites:0"] = "2111000031",
        ["Auth:Keys:1:Name"] = "admin",
        ["Auth:Keys:1:Sha256"] = DocGen.Api.Callers.CallerKeys.HashOf(EveryKey),
        ["Auth:Keys:1:Sites:0"] = "*",
    };
}

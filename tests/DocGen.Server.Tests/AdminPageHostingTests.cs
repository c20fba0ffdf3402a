using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using DocGen.Server.Tests.Support;
using Microsoft.Extensions.Options;

namespace DocGen.Server.Tests;

/// <summary>The admin page's files on the gRPC-Web address: off unless Admin:Enabled, and refused at start when it cannot work.</summary>
public sealed class AdminPageHostingTests
{
    private static HttpClient Browser() => new(new SocketsHttpHandler { AllowAutoRedirect = false });

    [Fact]
    public async Task AdminPage_NotEnabled_IsNotServed()
    {
        await using var server = await DocGenServer.StartAsync();
        using var http = Browser();

        var response = await http.GetAsync(server.WebAddress + "/admin/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AdminPage_Enabled_ServesThePageAndItsScriptWithAContentSecurityPolicy()
    {
        await using var server = await DocGenServer.StartAsync(("Admin:Enabled", "true"));
        using var http = Browser();

        var redirect = await http.GetAsync(server.WebAddress + "/admin");
        var page = await http.GetAsync(server.WebAddress + "/admin/");
        var script = await http.GetAsync(server.WebAddress + "/admin/admin.js");

        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.EndsWith("/admin/", redirect.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<script type=\"module\" src=\"admin.js\"></script>", await page.Content.ReadAsStringAsync());
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData(false, HttpStatusCode.NotFound)]
    [InlineData(true, HttpStatusCode.OK)]
    public async Task AdminPage_CalledFromAnotherAddressThanLoopback_ServedOnlyWithAllowRemote(bool allowRemote, HttpStatusCode expected)
    {
        // This machine's own network address: the connection's remote end is then not loopback.
        var lan = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            ?? throw new Xunit.Sdk.XunitException("this machine has no IPv4 address besides loopback to call from");
        await using var server = await DocGenServer.StartAsync(
            ("Admin:Enabled", "true"), ("Admin:AllowRemote", allowRemote ? "true" : "false"), ("Server:WebAddress", "http://0.0.0.0:0"));
        using var http = Browser();

        var response = await http.GetAsync($"http://{lan}:{new Uri(server.WebAddress).Port}/admin/");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task AdminPage_RootWithoutTheBuiltPage_StopsTheHostNamingAdminRoot()
    {
        var empty = Directory.CreateTempSubdirectory();
        try
        {
            var e = await Assert.ThrowsAsync<OptionsValidationException>(() => DocGenServer.StartAsync(("Admin:Enabled", "true"), ("Admin:Root", empty.FullName)));

            Assert.Contains("Admin:Root", e.Message);
            Assert.Contains("script/bootstrap", e.Message);
        }
        finally
        {
            empty.Delete();
        }
    }

    [Fact]
    public async Task AdminPage_EnabledWithoutAWebAddress_StopsTheHostNamingServerWebAddress()
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => DocGenServer.StartAsync(("Admin:Enabled", "true"), ("Server:WebAddress", "")));

        Assert.Contains("Server:WebAddress", e.Message);
    }
}

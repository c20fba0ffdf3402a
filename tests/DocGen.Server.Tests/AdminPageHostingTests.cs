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

    /// <summary>Issue 24, failure 7: another Host (DNS rebinding), a source map, framing.</summary>
    [Fact]
    public async Task AdminPage_ForeignHostSourceMapOrFraming_Refused()
    {
        await using var server = await DocGenServer.StartAsync(("Admin:Enabled", "true"));
        var mapInDist = Path.Combine(CheckoutPaths.Root, "web", "admin", "dist", "admin.js.map");
        var leftOver = !File.Exists(mapInDist);
        if (leftOver) File.WriteAllText(mapInDist, "{}"); // as an older build left it
        try
        {
            using var http = Browser();
            var foreign = new HttpRequestMessage(HttpMethod.Get, server.WebAddress + "/admin/");
            foreign.Headers.Host = "rebound.example:" + new Uri(server.WebAddress).Port;
            var foreignCall = RawGrpc.Post("/docgen.v1.SiteService/ListSites", RawGrpc.Frame(new DocGen.Protos.V1.ListSitesRequest()), "application/grpc-web+proto", http11: true);
            foreignCall.Headers.Host = "rebound.example";

            var refused = await http.SendAsync(foreign);
            var refusedCall = await new HttpClient { BaseAddress = new Uri(server.WebAddress) }.SendAsync(foreignCall);
            var map = await http.GetAsync(server.WebAddress + "/admin/admin.js.map");
            var page = await http.GetAsync(server.WebAddress + "/admin/");

            Assert.Equal(HttpStatusCode.MisdirectedRequest, refused.StatusCode);
            Assert.Equal(HttpStatusCode.MisdirectedRequest, refusedCall.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, map.StatusCode);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
            Assert.DoesNotContain("sourceMappingURL", await (await http.GetAsync(server.WebAddress + "/admin/admin.js")).Content.ReadAsStringAsync());
        }
        finally
        {
            if (leftOver) File.Delete(mapInDist);
        }
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
            ("Admin:Enabled", "true"), ("Admin:AllowRemote", allowRemote ? "true" : "false"), ("Server:WebAddress", "http://0.0.0.0:0"),
            ("Auth:AllowUnauthenticated", "true")); // no API keys on an address others can reach: allowed explicitly
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

using System.Net;
using System.Text;
using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Google.Protobuf;

namespace DocGen.Server.Tests;

/// <summary>
/// gRPC-Web on Server:WebAddress as a browser admin tool calls it: HTTP/1.1, binary frames, the
/// status in a trailer frame (or in the headers when there is no message), CORS exposing them.
/// </summary>
public sealed class GrpcWebTests(DocGenServerFixture fixture) : IClassFixture<DocGenServerFixture>
{
    private const string Origin = "https://admin.example";

    private Task<(HttpResponseMessage Response, List<(byte Flag, byte[] Payload)> Frames)> CallAsync(string path, IMessage request) =>
        CallAsync(fixture.Server.WebAddress, path, request);

    private static async Task<(HttpResponseMessage Response, List<(byte Flag, byte[] Payload)> Frames)> CallAsync(string address, string path, IMessage request)
    {
        using var http = new HttpClient { BaseAddress = new Uri(address), DefaultRequestVersion = HttpVersion.Version11 };
        var message = RawGrpc.Post(path, RawGrpc.Frame(request), "application/grpc-web+proto", http11: true, ("x-grpc-web", "1"), ("origin", Origin));
        var response = await http.SendAsync(message);
        return (response, RawGrpc.Frames(await response.Content.ReadAsByteArrayAsync()));
    }

    private static Dictionary<string, string> Trailers(byte[] trailerFrame) =>
        Encoding.ASCII.GetString(trailerFrame).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());

    [Fact]
    public async Task ListSites_OverHttp11_MessageThenTrailerFrameWithOk()
    {
        var (response, frames) = await CallAsync("/docgen.v1.SiteService/ListSites", new ListSitesRequest());

        Assert.Equal(new Version(1, 1), response.Version);
        Assert.StartsWith("application/grpc-web", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, frames[0].Flag);
        Assert.Contains("2111000031", ListSitesResponse.Parser.ParseFrom(frames[0].Payload).Sites.Select(s => s.SiteCode));
        Assert.Equal(0x80, frames[1].Flag);
        Assert.Equal("0", Trailers(frames[1].Payload)["grpc-status"]);
    }

    [Fact]
    public async Task GetSite_Unknown_NotFoundReadableByTheBrowserOfAConfiguredOrigin()
    {
        await using var server = await DocGenServer.StartAsync(("Server:WebCorsOrigins:0", Origin));
        var (response, _) = await CallAsync(server.WebAddress, "/docgen.v1.SiteService/GetSite", new GetSiteRequest { SiteCode = "1234" });

        Assert.Equal("5", RawGrpc.StatusHeader(response, "grpc-status"));
        Assert.Contains("1234", Uri.UnescapeDataString(RawGrpc.StatusHeader(response, "grpc-message")!));
        Assert.Equal(Origin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")).ToLowerInvariant();
        Assert.Contains("grpc-status", exposed);
        Assert.Contains("grpc-message", exposed);
        Assert.Contains("grpc-status-details-bin", exposed);
    }

    [Fact]
    public async Task Render_StrictWithErrors_BadRequestInGrpcStatusDetailsBin()
    {
        var request = Requests.Fixture("synthetic-broken-2023.json");
        request.Strict = true;

        var (response, _) = await CallAsync("/docgen.v1.ReportService/Render", request);

        Assert.Equal("3", RawGrpc.StatusHeader(response, "grpc-status"));
        var status = Google.Rpc.Status.Parser.ParseFrom(Convert.FromBase64String(RawGrpc.StatusHeader(response, "grpc-status-details-bin")!));
        var badRequest = status.Details.Single().Unpack<Google.Rpc.BadRequest>();
        Assert.Contains(badRequest.FieldViolations, v => v.Field == "report.applications.new_received.total");
    }

    /// <summary>
    /// Issue 24, failure 7: with no origins configured, a page on another origin gets no CORS
    /// header, so its browser will not let it read ListSites (or send the preflighted call at all).
    /// </summary>
    [Fact]
    public async Task ListSites_FromAnotherOriginWithNoneConfigured_NotReadableCrossOrigin()
    {
        var (response, _) = await CallAsync("/docgen.v1.SiteService/ListSites", new ListSitesRequest());
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Server.WebAddress) };
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/docgen.v1.SiteService/ListSites");
        preflight.Headers.Add("Origin", Origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type,x-grpc-web");
        var preflighted = await http.SendAsync(preflight);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(preflighted.Headers.Contains("Access-Control-Allow-Origin"));
    }

    /// <summary>
    /// authorization is named, not covered by "*": browsers never let a wildcard allow it, so a page on
    /// another origin could not send its API key.
    /// </summary>
    [Fact]
    public async Task Preflight_FromAConfiguredOrigin_AllowsTheGrpcWebHeadersAndTheKey()
    {
        await using var server = await DocGenServer.StartAsync(("Server:WebCorsOrigins:0", Origin));
        using var http = new HttpClient { BaseAddress = new Uri(server.WebAddress) };
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/docgen.v1.SiteService/ListSites");
        preflight.Headers.Add("Origin", Origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-grpc-web,x-user-agent,grpc-timeout");

        var response = await http.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Origin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).Split(',');
        Assert.Contains("x-grpc-web", allowed);
        Assert.Contains("authorization", allowed);
    }
}

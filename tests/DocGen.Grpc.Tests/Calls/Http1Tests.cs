using System.Net;
using System.Net.Http.Headers;
using DocGen.Grpc.Tests.Support;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace DocGen.Grpc.Tests.Calls;

public sealed class Http1Tests
{
    [Fact]
    public async Task Unary_OverHttp1_Is426WithInternalStatus()
    {
        await using var server = await EchoServer.StartAsync(protocols: HttpProtocols.Http1);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Address + "/interop.v1.Echo/Unary")
        {
            Version = HttpVersion.Version11,
            Content = new ByteArrayContent([0, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.UpgradeRequired, response.StatusCode);
        Assert.Equal("13", response.Headers.GetValues("grpc-status").Single());
    }
}

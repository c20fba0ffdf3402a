using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Grpc.Core;

namespace DocGen.Server.Tests;

/// <summary>
/// Responses are gzipped only for a caller that gzipped its request: most of a response is an
/// already-compressed PDF. Read on the wire, where the compressed flag of each message shows.
/// </summary>
public sealed class CompressionTests(DocGenServerFixture fixture) : IClassFixture<DocGenServerFixture>
{
    private async Task<(HttpResponseMessage Response, byte[] Body)> ValidateOnTheWireAsync(bool gzipRequest)
    {
        using var http = RawGrpc.H2cClient(fixture.Server.Address);
        var request = new ValidateRequest { Report = Requests.Fixture("synthetic-busy-2023.json").Report };
        var headers = new List<(string, string)> { ("grpc-accept-encoding", "identity,gzip") };
        if (gzipRequest) headers.Add(("grpc-encoding", "gzip"));
        var response = await http.SendAsync(RawGrpc.Post("/docgen.v1.ReportService/Validate", RawGrpc.Frame(request, gzipRequest),
            "application/grpc", [.. headers]));
        var body = await response.Content.ReadAsByteArrayAsync();
        return (response, body);
    }

    [Fact]
    public async Task Validate_GzipRequest_ResponseMessageIsGzipped()
    {
        var (response, body) = await ValidateOnTheWireAsync(gzipRequest: true);

        Assert.Equal("0", RawGrpc.StatusHeader(response, "grpc-status"));
        Assert.Equal("gzip", response.Headers.GetValues("grpc-encoding").Single());
        var message = Assert.Single(RawGrpc.Frames(body));
        Assert.Equal(1, message.Flag); // compressed
    }

    [Fact]
    public async Task Validate_PlainRequestFromAClientAcceptingGzip_ResponseMessageIsNotCompressed()
    {
        var (response, body) = await ValidateOnTheWireAsync(gzipRequest: false);

        Assert.Equal("0", RawGrpc.StatusHeader(response, "grpc-status"));
        var message = Assert.Single(RawGrpc.Frames(body));
        Assert.Equal(0, message.Flag); // not compressed
        Assert.Equal(Edition._2021, ValidateResponse.Parser.ParseFrom(message.Payload).Edition);
    }

    [Fact]
    public async Task Render_GzipWithTheGeneratedClient_RoundTrips()
    {
        var response = await fixture.Server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"),
            new Metadata { { "grpc-internal-encoding-request", "gzip" } });

        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(response.Pdf.Span[..5]));
    }
}

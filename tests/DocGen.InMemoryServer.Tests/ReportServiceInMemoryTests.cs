using DocGen.Protos.V1;
using Grpc.Core;
using Grpc.Health.V1;

namespace DocGen.InMemoryServer.Tests;

/// <summary>The API's main paths through the real pipeline, in memory: the fast lane's view of the server.</summary>
public sealed class ReportServiceInMemoryTests(InMemoryDocGenFixture fixture) : IClassFixture<InMemoryDocGenFixture>
{
    private InMemoryDocGen Server => fixture.Server;

    [Fact]
    public async Task Render_Fixture_ReturnsPageAndPdfWithTheSitesChrome()
    {
        var request = FixtureReports.Request("panjin-commerce-2022");

        var response = await Server.Reports.RenderAsync(request);

        Assert.Contains("盘锦市", response.Html);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(response.Pdf.Span[..5]));
        Assert.True(response.PageCount > 0);
        Assert.Equal(64, response.ContentSha256.Length);
    }

    [Fact]
    public async Task Validate_BrokenReport_NamesTheFieldOfEachError()
    {
        var request = FixtureReports.Request("synthetic-broken-2023");

        var response = await Server.Reports.ValidateAsync(new ValidateRequest { Report = request.Report });

        Assert.Contains(response.Findings, f => f.Severity == Finding.Types.Severity.Error && f.Path.Length > 0);
    }

    [Fact]
    public async Task Render_UnknownSite_IsNotFoundNamingTheSite()
    {
        var request = FixtureReports.Request("panjin-commerce-2022");
        request.SiteCode = "9999999999";

        var e = await Assert.ThrowsAsync<RpcException>(() => Server.Reports.RenderAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, e.StatusCode);
        Assert.Contains("9999999999", e.Status.Detail);
    }

    [Fact]
    public async Task Render_RequestIdWithAControlCharacter_IsInvalidArgumentNamingTheField()
    {
        var request = FixtureReports.Request("panjin-commerce-2022");
        request.RequestId = "bad\u0007id";

        var e = await Assert.ThrowsAsync<RpcException>(() => Server.Reports.RenderAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("request_id", e.Status.Detail);
    }

    [Fact]
    public async Task ListSites_ListsTheSampleSites()
    {
        var response = await Server.Sites.ListSitesAsync(new ListSitesRequest());

        Assert.Contains(response.Sites, s => s.SiteCode == "2111000031");
    }

    [Fact]
    public async Task Health_IsServing()
    {
        var response = await Server.Health.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }
}

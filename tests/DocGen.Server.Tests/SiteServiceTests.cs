using DocGen.Grpc;
using DocGen.Grpc.Health.V1;
using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;

namespace DocGen.Server.Tests;

public sealed class SiteServiceTests(DocGenServerFixture fixture) : IClassFixture<DocGenServerFixture>
{
    [Fact]
    public async Task ListSites_SampleSites_ListedWithTheirFooterData()
    {
        using var channel = fixture.Server.Channel();

        var response = await channel.UnaryAsync("/docgen.v1.SiteService/ListSites", new ListSitesRequest(), ListSitesResponse.Parser);

        Assert.Contains("2111000031", response.Sites.Select(s => s.SiteCode));
        var panjin = response.Sites.Single(s => s.SiteCode == "2111000031");
        Assert.Equal("辽ICP备11007870号-1", panjin.IcpRecord);
        Assert.Equal("辽公网安备21110002000056号", panjin.PublicSecurityRecord);
    }

    [Fact]
    public async Task GetSite_UnknownCode_NotFoundNamingIt()
    {
        using var channel = fixture.Server.Channel();

        var e = await Assert.ThrowsAsync<RpcException>(() =>
            channel.UnaryAsync("/docgen.v1.SiteService/GetSite", new GetSiteRequest { SiteCode = "1234" }, Site.Parser));

        Assert.Equal(StatusCode.NotFound, e.StatusCode);
        Assert.Contains("1234", e.Status.Detail);
    }

    [Theory]
    [InlineData("")]
    [InlineData("docgen.v1.ReportService")]
    [InlineData("docgen.v1.SiteService")]
    public async Task HealthCheck_Started_Serving(string service)
    {
        using var channel = fixture.Server.Channel();

        var response = await channel.UnaryAsync("/grpc.health.v1.Health/Check", new HealthCheckRequest { Service = service }, HealthCheckResponse.Parser);

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }
}

using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Grpc.Core;
using Grpc.Health.V1;

namespace DocGen.Server.Tests;

public sealed class SiteServiceTests(DocGenServerFixture fixture) : IClassFixture<DocGenServerFixture>
{
    [Fact]
    public async Task ListSites_SampleSites_ListedWithTheirFooterData()
    {
        var response = await fixture.Server.Sites.ListSitesAsync(new ListSitesRequest());

        Assert.Contains("2111000031", response.Sites.Select(s => s.SiteCode));
        var panjin = response.Sites.Single(s => s.SiteCode == "2111000031");
        Assert.Equal("辽ICP备11007870号-1", panjin.IcpRecord);
        Assert.Equal("辽公网安备21110002000056号", panjin.PublicSecurityRecord);
    }

    [Fact]
    public async Task GetSite_UnknownCode_NotFoundNamingIt()
    {
        var e = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Server.Sites.GetSiteAsync(new GetSiteRequest { SiteCode = "1234" }));

        Assert.Equal(StatusCode.NotFound, e.StatusCode);
        Assert.Contains("1234", e.Status.Detail);
    }

    [Theory]
    [InlineData("")]
    [InlineData("docgen.v1.ReportService")]
    [InlineData("docgen.v1.SiteService")]
    public async Task HealthCheck_Started_Serving(string service)
    {
        var response = await fixture.Server.Health.CheckAsync(new HealthCheckRequest { Service = service });

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }
}

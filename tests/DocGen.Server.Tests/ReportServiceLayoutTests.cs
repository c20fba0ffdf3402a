using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Grpc.Core;

namespace DocGen.Server.Tests;

/// <summary>GetLayout over the real listener with the generated client, as the admin page calls it.</summary>
public sealed class ReportServiceLayoutTests(DocGenServerFixture fixture) : IClassFixture<DocGenServerFixture>
{
    [Fact]
    public async Task GetLayout_Year2022_TheThreeTablesOfEdition2021()
    {
        var layout = await fixture.Server.Reports.GetLayoutAsync(new GetLayoutRequest { Year = 2022 });

        Assert.Equal(Edition._2021, layout.Edition);
        Assert.Equal(["active-disclosure", "applications", "review-litigation"], layout.Tables.Select(t => t.Key));
        var total = layout.Tables[1].Cells.Single(c => c.FieldPath == "applications.new_received.total");
        Assert.True(total.ComputedWhenOmitted);
    }

    [Fact]
    public async Task GetLayout_YearBefore2008_InvalidArgumentNamingYear()
    {
        var e = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Server.Reports.GetLayoutAsync(new GetLayoutRequest { Year = 1999 }));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.StartsWith("year is 1999", e.Status.Detail);
    }
}

using DocGen.Grpc.Health;
using ServingStatus = DocGen.Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace DocGen.Grpc.Tests.Standard;

public sealed class HealthStatusStoreTests
{
    [Fact]
    public void New_WholeServerIsServing_OtherServicesUnknown()
    {
        var store = new HealthStatusStore();

        Assert.True(store.TryGetStatus("", out var server));
        Assert.Equal(ServingStatus.Serving, server);
        Assert.False(store.TryGetStatus("docgen.v1.ReportService", out _));
    }

    [Fact]
    public void SetAllNotServing_TurnsEveryKnownServiceNotServing()
    {
        var store = new HealthStatusStore();
        store.SetStatus("docgen.v1.ReportService", ServingStatus.Serving);

        store.SetAllNotServing();

        Assert.True(store.TryGetStatus("", out var server));
        Assert.True(store.TryGetStatus("docgen.v1.ReportService", out var report));
        Assert.Equal((ServingStatus.NotServing, ServingStatus.NotServing), (server, report));
    }

    [Fact]
    public void ClearStatus_ServiceBecomesUnknown()
    {
        var store = new HealthStatusStore();
        store.SetStatus("docgen.v1.SiteService", ServingStatus.Serving);

        store.ClearStatus("docgen.v1.SiteService");

        Assert.False(store.TryGetStatus("docgen.v1.SiteService", out _));
    }
}

using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.Extensions.Options;
using V1 = Grpc.Reflection.V1;

namespace DocGen.Server.Tests.Adversarial;

/// <summary>
/// Finding 7 over a real listener: with Auth:Keys configured, a call needs <c>authorization:
/// Bearer &lt;key&gt;</c> (UNAUTHENTICATED), a key renders, validates and imports only for its sites (PERMISSION_DENIED), and
/// health stays open for load balancers.
/// </summary>
public sealed class CallerKeyTests : IAsyncLifetime
{
    private DocGenServer _server = null!;

    public async Task InitializeAsync() => _server = await DocGenServer.StartAsync(TestKeys.Settings());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<string?> NotAValidKey => new() { null, "Bearer wrong", "Basic a2V5", "Bearer " + TestKeys.Panjin + "x" };

    [Theory]
    [MemberData(nameof(NotAValidKey))]
    public async Task Render_WithoutAValidKey_Unauthenticated(string? authorization)
    {
        var headers = authorization is null ? null : new Metadata { { "authorization", authorization } };

        var e = await Assert.ThrowsAsync<RpcException>(async () => await _server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), headers));

        Assert.Equal(StatusCode.Unauthenticated, e.StatusCode);
        Assert.StartsWith("authorization:", e.Status.Detail);
    }

    [Fact]
    public async Task ValidateAndSites_WithoutAKey_Unauthenticated()
    {
        var validate = await Assert.ThrowsAsync<RpcException>(async () =>
            await _server.Reports.ValidateAsync(new ValidateRequest { Report = Requests.Fixture("panjin-commerce-2022.json").Report }));
        var sites = await Assert.ThrowsAsync<RpcException>(async () => await _server.Sites.ListSitesAsync(new ListSitesRequest()));

        Assert.Equal(StatusCode.Unauthenticated, validate.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, sites.StatusCode);
    }

    [Fact]
    public async Task ImportReport_KeyForAnotherSite_PermissionDeniedAndItsOwnSiteImports()
    {
        var document = Google.Protobuf.ByteString.CopyFrom(File.ReadAllBytes(CheckoutPaths.Shared("archive", "panjin-commerce-2022.txt")));
        var other = new ImportRequest { Document = document, FileName = "panjin-commerce-2022.txt", SiteCode = "3501210001" };
        var own = new ImportRequest { Document = document, FileName = "panjin-commerce-2022.txt", SiteCode = "2111000031" };

        var e = await Assert.ThrowsAsync<RpcException>(async () => await _server.Reports.ImportReportAsync(other, TestKeys.Bearer(TestKeys.Panjin)));
        var imported = await _server.Reports.ImportReportAsync(own, TestKeys.Bearer(TestKeys.Panjin));

        Assert.Equal(StatusCode.PermissionDenied, e.StatusCode);
        Assert.Contains("\"3501210001\"", e.Status.Detail);
        Assert.Equal("2111000031", imported.Request.SiteCode);
    }

    [Fact]
    public async Task Render_KeyForAnotherSite_PermissionDenied()
    {
        var request = Requests.Fixture("panjin-commerce-2022.json");
        request.SiteCode = "3501210001";

        var e = await Assert.ThrowsAsync<RpcException>(async () => await _server.Reports.RenderAsync(request, TestKeys.Bearer(TestKeys.Panjin)));

        Assert.Equal(StatusCode.PermissionDenied, e.StatusCode);
        Assert.Contains("\"3501210001\"", e.Status.Detail);
    }

    [Fact]
    public async Task Render_KeyForItsSiteOrEverySite_Renders()
    {
        var own = await _server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), TestKeys.Bearer(TestKeys.Panjin));
        var request = Requests.Fixture("panjin-commerce-2022.json");
        request.SiteCode = "3501210001";
        var admin = await _server.Reports.RenderAsync(request, TestKeys.Bearer(TestKeys.Admin));

        Assert.True(own.PageCount > 0);
        Assert.True(admin.PageCount > 0);
    }

    [Fact]
    public async Task RenderBatch_OneRequestForAnotherSite_ThatResultPermissionDeniedTheOthersRender()
    {
        using var call = _server.Reports.RenderBatch(TestKeys.Bearer(TestKeys.Panjin));
        var own = Requests.Fixture("panjin-commerce-2022.json");
        own.RequestId = "own";
        var other = Requests.Fixture("panjin-commerce-2022.json");
        (other.RequestId, other.SiteCode) = ("other", "3501210001");
        await call.RequestStream.WriteAsync(own);
        await call.RequestStream.WriteAsync(other);
        await call.RequestStream.CompleteAsync();

        var results = new Dictionary<string, RenderResult>();
        while (await call.ResponseStream.MoveNext()) results[call.ResponseStream.Current.RequestId] = call.ResponseStream.Current;

        Assert.Equal(RenderResult.OutcomeOneofCase.Response, results["own"].OutcomeCase);
        Assert.Equal((int)StatusCode.PermissionDenied, results["other"].Error.Code);
    }

    [Theory]
    [InlineData("3501210001")]
    [InlineData("9999999999")]
    public async Task Validate_SiteCodeOfAnotherSite_PermissionDeniedWhetherOrNotItExists(string siteCode)
    {
        var report = Requests.Fixture("panjin-commerce-2022.json").Report;

        var e = await Assert.ThrowsAsync<RpcException>(async () =>
            await _server.Reports.ValidateAsync(new ValidateRequest { Report = report, SiteCode = siteCode }, TestKeys.Bearer(TestKeys.Panjin)));
        var own = await _server.Reports.ValidateAsync(new ValidateRequest { Report = report, SiteCode = "2111000031" }, TestKeys.Bearer(TestKeys.Panjin));

        Assert.Equal(StatusCode.PermissionDenied, e.StatusCode);
        Assert.Contains($"\"{siteCode}\"", e.Status.Detail);
        Assert.NotNull(own.Completed);
    }

    [Fact]
    public async Task ListSites_KeyForOneSite_OnlyThatSite()
    {
        var own = await _server.Sites.ListSitesAsync(new ListSitesRequest(), TestKeys.Bearer(TestKeys.Panjin));
        var every = await _server.Sites.ListSitesAsync(new ListSitesRequest(), TestKeys.Bearer(TestKeys.Admin));

        Assert.Equal(["2111000031"], own.Sites.Select(s => s.SiteCode));
        Assert.Equal(["2111000031", "3501210001", "3703030001"], every.Sites.Select(s => s.SiteCode));
    }

    /// <summary>An existing site and an unknown code answer alike, so a key cannot probe which other sites are served.</summary>
    [Theory]
    [InlineData("3501210001")]
    [InlineData("9999999999")]
    public async Task GetSite_KeyForAnotherSite_PermissionDeniedWhetherOrNotItExists(string siteCode)
    {
        var e = await Assert.ThrowsAsync<RpcException>(async () =>
            await _server.Sites.GetSiteAsync(new GetSiteRequest { SiteCode = siteCode }, TestKeys.Bearer(TestKeys.Panjin)));

        Assert.Equal(StatusCode.PermissionDenied, e.StatusCode);
        Assert.Contains($"\"{siteCode}\"", e.Status.Detail);
    }

    [Fact]
    public async Task GetSite_KeyForThatSiteOrEverySite_Answers()
    {
        var own = await _server.Sites.GetSiteAsync(new GetSiteRequest { SiteCode = "2111000031" }, TestKeys.Bearer(TestKeys.Panjin));
        var other = await _server.Sites.GetSiteAsync(new GetSiteRequest { SiteCode = "3501210001" }, TestKeys.Bearer(TestKeys.Admin));
        var unknown = await Assert.ThrowsAsync<RpcException>(async () =>
            await _server.Sites.GetSiteAsync(new GetSiteRequest { SiteCode = "9999999999" }, TestKeys.Bearer(TestKeys.Admin)));

        Assert.Equal("辽ICP备11007870号-1", own.IcpRecord);
        Assert.Equal("3501210001", other.SiteCode);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task CliServerBackend_WithAndWithoutKey_RendersOrUnauthenticated()
    {
        await using var keyed = new DocGen.Cli.Backends.ServerBackend(_server.Address, TestKeys.Panjin);
        await using var unkeyed = new DocGen.Cli.Backends.ServerBackend(_server.Address);

        var response = await keyed.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), CancellationToken.None);
        var refusal = await Assert.ThrowsAsync<DocGen.Cli.Backends.BackendException>(() => unkeyed.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), CancellationToken.None));

        Assert.True(response.PageCount > 0);
        Assert.Equal((int)StatusCode.Unauthenticated, refusal.Code);
    }

    [Fact]
    public async Task Health_WithoutAKey_Serving()
    {
        var response = await _server.Health.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Reflection_KeyedByDefault_UnauthenticatedWithoutAKey()
    {
        using var channel = _server.Channel();
        using var call = new V1.ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo();

        var e = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await call.RequestStream.WriteAsync(new V1.ServerReflectionRequest { ListServices = "" });
            await call.ResponseStream.MoveNext();
        });

        Assert.Equal(StatusCode.Unauthenticated, e.StatusCode);
    }

    [Theory]
    [InlineData("Open", StatusCode.OK)]
    [InlineData("Off", StatusCode.Unimplemented)]
    public async Task Reflection_Configured_OpenOrOff(string access, StatusCode expected)
    {
        await using var server = await DocGenServer.StartAsync(TestKeys.Settings(("Auth:Reflection", access)));
        using var channel = server.Channel();
        using var call = new V1.ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo();

        var outcome = await Record.ExceptionAsync(async () =>
        {
            await call.RequestStream.WriteAsync(new V1.ServerReflectionRequest { ListServices = "" });
            Assert.True(await call.ResponseStream.MoveNext());
        });

        Assert.Equal(expected, outcome is RpcException e ? e.StatusCode : StatusCode.OK);
    }

    [Theory]
    [InlineData("Server:Address", "http://0.0.0.0:0")]
    [InlineData("Server:WebAddress", "http://0.0.0.0:0")]
    public async Task Start_ReachableInCleartextWithoutKeys_RefusesNamingTheSettings(string key, string address)
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => DocGenServer.StartAsync((key, address)));

        Assert.Contains($"{key} \"{address}\" is reachable from other machines in cleartext and Auth:Keys is empty", e.Message);
        Assert.Contains("Auth:AllowUnauthenticated", e.Message);
    }

    [Fact]
    public async Task Start_ReachableWithKeysOrExplicitlyAllowed_Serves()
    {
        await using var keyed = await DocGenServer.StartAsync(TestKeys.Settings(("Server:Address", "http://0.0.0.0:0")));
        await using var allowed = await DocGenServer.StartAsync(("Server:Address", "http://0.0.0.0:0"), ("Auth:AllowUnauthenticated", "true"));

        Assert.NotNull(keyed);
        Assert.NotNull(allowed);
    }

    [Fact]
    public async Task Start_MalformedKey_RefusesNamingIt()
    {
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => DocGenServer.StartAsync(
            ("Auth:Keys:0:Name", "cms"), ("Auth:Keys:0:Sha256", "not-a-hash"), ("Auth:Keys:0:Sites:0", "2111000031")));

        Assert.Contains("Auth:Keys:0:Sha256 must be the 64 hex digits", e.Message);
    }
}

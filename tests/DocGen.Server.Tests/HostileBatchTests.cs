using Grpc.Core;
using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;

namespace DocGen.Server.Tests;

/// <summary>Hostile requests over a real listener: each gets its own precise status, and the call itself never fails.</summary>
public sealed class HostileBatchTests(DocGenServerFixture fixture) : IClassFixture<DocGenServerFixture>
{

    private static RenderRequest Hostile(string id, Action<RenderRequest> change)
    {
        var request = Requests.Fixture("panjin-commerce-2022.json");
        request.RequestId = id;
        change(request);
        return request;
    }

    // Each request, the status its result must carry (OK: a response), and what the message or findings name.
    private static readonly (RenderRequest Request, StatusCode Expected, string Field)[] Cases =
    [
        (Hostile("good", _ => { }), StatusCode.OK, ""),
        (Hostile("undefined-edition", r => r.Report.Edition = (Edition)99), StatusCode.InvalidArgument, "report.edition"),
        (Hostile("2-mb-overview", r => r.Report.Overview = new DocGen.Protos.V1.RichText { Text = new string('文', 2_000_000) }), StatusCode.InvalidArgument, "report.overview.text"),
        (Hostile("nested-lists", r => r.Report.Overview = new DocGen.Protos.V1.RichText { Html = string.Concat(Enumerable.Repeat("<ul><li>", 10_000)) }), StatusCode.InvalidArgument, "report.overview.html"),
        (Hostile("count-at-max", r => r.Report.Applications.NewReceived.NaturalPerson = long.MaxValue), StatusCode.OK, ""),
        (Hostile("count-at-max-strict", r => { r.Report.Applications.NewReceived.NaturalPerson = long.MaxValue; r.Strict = true; }), StatusCode.InvalidArgument, "VALUE_TOO_LARGE"),
        (Hostile("path-site", r => r.SiteCode = "../../etc"), StatusCode.NotFound, "site_code"),
        (Hostile("long-site", r => r.SiteCode = new string('1', 10_000)), StatusCode.InvalidArgument, "site_code"),
        (Hostile("good-again", _ => { }), StatusCode.OK, ""),
    ];

    [Fact]
    public async Task RenderBatch_HostileRequests_OneResultEachWithItsStatusAndTheCallEndsOk()
    {
        using var call = fixture.Server.Reports.RenderBatch();
        var send = Task.Run(async () =>
        {
            foreach (var (request, _, _) in Cases) await call.RequestStream.WriteAsync(request);
            await call.RequestStream.CompleteAsync();
        });
        var results = new List<RenderResult>();
        while (await call.ResponseStream.MoveNext()) results.Add(call.ResponseStream.Current);
        await send;

        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
        Assert.Equal(Cases.Select(c => c.Request.RequestId).Order(), results.Select(r => r.RequestId).Order());
        var byId = results.ToDictionary(r => r.RequestId);
        foreach (var (request, expected, field) in Cases)
        {
            var result = byId[request.RequestId];
            if (expected == StatusCode.OK)
            {
                Assert.True(result.OutcomeCase == RenderResult.OutcomeOneofCase.Response, $"{request.RequestId}: {result.Error?.Message}");
                continue;
            }
            Assert.True(result.OutcomeCase == RenderResult.OutcomeOneofCase.Error, $"{request.RequestId} rendered");
            Assert.Equal((int)expected, result.Error.Code);
            Assert.Contains(field, result.Error.Message + string.Concat(result.Error.Findings.Select(f => f.Code)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Render_UndefinedEdition_InvalidArgumentNamingTheField()
    {
        var e = await Assert.ThrowsAsync<RpcException>(async () =>
            await fixture.Server.Reports.RenderAsync(Hostile("undefined-edition", r => r.Report.Edition = (Edition)99)));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.StartsWith("report.edition is 99", e.Status.Detail);
    }
}

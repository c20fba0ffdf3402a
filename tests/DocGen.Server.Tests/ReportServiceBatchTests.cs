using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Grpc.Core;

namespace DocGen.Server.Tests;

/// <summary>RenderBatch over a real listener, as an archive job streams it.</summary>
public sealed class ReportServiceBatchTests(DocGenServerFixture fixture) : IClassFixture<DocGenServerFixture>
{
    [Fact]
    public async Task RenderBatch_MixedRequests_ExactlyOneResultEachWithTheRightOutcome()
    {
        var requests = new List<RenderRequest>();
        foreach (var file in new[] { "panjin-commerce-2022.json", "minhou-commerce-2020.json", "zhangdian-commerce-2017.json", "synthetic-busy-2023.json" })
        {
            for (var copy = 0; copy < 3; copy++)
            {
                var request = Requests.Fixture(file);
                request.RequestId = $"{request.RequestId}#{copy}";
                requests.Add(request);
            }
        }
        requests.Add(new RenderRequest { RequestId = "no-report", SiteCode = "2111000031" });
        var unknownSite = Requests.Fixture("panjin-commerce-2022.json");
        unknownSite.RequestId = "unknown-site";
        unknownSite.SiteCode = "0000000000";
        requests.Add(unknownSite);
        var strictBroken = Requests.Fixture("synthetic-broken-2023.json");
        strictBroken.RequestId = "strict-broken";
        strictBroken.Strict = true;
        requests.Add(strictBroken);

        using var call = fixture.Server.Reports.RenderBatch();
        var send = Task.Run(async () =>
        {
            foreach (var request in requests) await call.RequestStream.WriteAsync(request);
            await call.RequestStream.CompleteAsync();
        });
        var results = new List<RenderResult>();
        while (await call.ResponseStream.MoveNext()) results.Add(call.ResponseStream.Current);
        await send;

        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
        Assert.Equal(requests.Select(r => r.RequestId).Order(), results.Select(r => r.RequestId).Order());
        var byId = results.ToDictionary(r => r.RequestId);
        Assert.All(results.Where(r => r.RequestId.Contains('#')), r =>
        {
            Assert.Equal(RenderResult.OutcomeOneofCase.Response, r.OutcomeCase);
            Assert.True(r.Response.PageCount >= 1);
        });
        Assert.Equal((int)StatusCode.InvalidArgument, byId["no-report"].Error.Code);
        Assert.Equal((int)StatusCode.NotFound, byId["unknown-site"].Error.Code);
        Assert.Equal((int)StatusCode.InvalidArgument, byId["strict-broken"].Error.Code);
        // The four broken rules, and the synthetic 示例市 agency warned about on 盘锦's site.
        Assert.Equal(4, byId["strict-broken"].Error.Findings.Count(f => f.Severity == Finding.Types.Severity.Error));
        Assert.Contains(byId["strict-broken"].Error.Findings, f => f.Code == "AGENCY_NOT_ON_SITE");
    }

    [Fact]
    public async Task RenderBatch_ClientCancelsMidBatch_CallEndsAndTheServerKeepsServing()
    {
        using var cts = new CancellationTokenSource();
        using var call = fixture.Server.Reports.RenderBatch(cancellationToken: cts.Token);
        // The server stops reading while its window is full, so the sender blocks: send in the background.
        var send = Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++) await call.RequestStream.WriteAsync(Requests.Long($"long-{i}", paragraphs: 400), cts.Token);
        });

        Assert.True(await call.ResponseStream.MoveNext(), "a first result arrives before the cancel");
        cts.Cancel();
        var e = await Assert.ThrowsAsync<RpcException>(async () => { while (await call.ResponseStream.MoveNext()) { } });
        await Assert.ThrowsAnyAsync<Exception>(() => send);

        Assert.Equal(StatusCode.Cancelled, e.StatusCode);
        var after = await fixture.Server.Reports.ValidateAsync(new ValidateRequest { Report = Requests.Fixture("synthetic-busy-2023.json").Report });
        Assert.DoesNotContain(after.Findings, f => f.Severity == Finding.Types.Severity.Error);
    }

    [Fact]
    public async Task RenderBatch_NothingSent_CompletesOkWithNoResults()
    {
        using var call = fixture.Server.Reports.RenderBatch();

        await call.RequestStream.CompleteAsync();

        Assert.False(await call.ResponseStream.MoveNext());
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }
}

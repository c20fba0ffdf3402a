using System.Text;
using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Grpc.Core;
using Grpc.Net.Client;

namespace DocGen.Server.Tests.Adversarial;

/// <summary>
/// Issue 24, failure 6, against the real server process: Validate and ImportReport run in their own
/// slots (Rendering:CheckConcurrency, Rendering:CheckQueueLimit), so a flood of heavy Validates that
/// fills them and their queue leaves Render its slots: a probe Render is served, not refused or
/// queued behind them. (How much slower it is under the flood is measured with
/// <c>docgen-bench render --validate-flood</c>, not here.)
/// </summary>
public sealed class FairnessTests
{
    private static ValidateRequest HeavyValidate()
    {
        var report = Requests.Fixture("synthetic-busy-2023.json").Report;
        var paragraphs = new DocGen.Protos.V1.RichText { Html = new StringBuilder().Insert(0, "<p>政务公开工作稳步推进，存在的主要问题及改进情况。</p>", 5_000).ToString() };
        (report.Preamble, report.Overview, report.Problems, report.OtherMatters) = (paragraphs, paragraphs, paragraphs, paragraphs);
        return new ValidateRequest { Report = report };
    }

    [Fact]
    public async Task ValidateFloodFillingItsSlotsAndQueue_RenderIsServed()
    {
        await using var server = await ServerProcess.StartAsync(
            "--Rendering:MaxConcurrency=1", "--Rendering:QueueLimit=1", "--Rendering:CheckConcurrency=1", "--Rendering:CheckQueueLimit=2");
        using var channel = GrpcChannel.ForAddress(server.Address);
        var reports = new ReportService.ReportServiceClient(channel);
        await reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"));

        var flood = Enumerable.Range(0, 24).Select(async _ =>
        {
            try { await reports.ValidateAsync(HeavyValidate()); return StatusCode.OK; }
            catch (RpcException e) { return e.StatusCode; }
        }).ToArray();
        var probe = await reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), deadline: DateTime.UtcNow.AddMinutes(1));
        var statuses = await Task.WhenAll(flood);

        Assert.True(probe.PageCount > 0);
        Assert.All(statuses, s => Assert.Contains(s, new[] { StatusCode.OK, StatusCode.ResourceExhausted }));
        Assert.Contains(StatusCode.ResourceExhausted, statuses); // the flood did fill its own slots and queue
    }
}

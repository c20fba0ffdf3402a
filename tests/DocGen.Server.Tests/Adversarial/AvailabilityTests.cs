using System.Text;
using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Grpc.Core;

namespace DocGen.Server.Tests.Adversarial;

/// <summary>
/// Findings 1, 4 and 6 over a real listener, bounded in count: while hostile callers send nesting
/// bombs, hostile-but-legal Validates and bad request ids, a normal Render succeeds, and every
/// hostile call ends in its precise status (never a hang, never UNKNOWN).
/// </summary>
public sealed class AvailabilityTests
{
    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();

    private static RenderRequest Bomb(int i)
    {
        var request = Requests.Fixture("panjin-commerce-2022.json");
        request.RequestId = $"bomb-{i}";
        request.Report.Overview = new DocGen.Protos.V1.RichText { Html = i % 2 == 0 ? Repeat("<中>", 66_000) : Repeat("<span>", 9_000) };
        return request;
    }

    private static ValidateRequest HeavyValidate()
    {
        var report = Requests.Fixture("synthetic-busy-2023.json").Report;
        var paragraphs = new DocGen.Protos.V1.RichText { Html = Repeat("<p>政务公开工作稳步推进，存在的主要问题及改进情况。</p>", 5_000) };
        (report.Preamble, report.Overview, report.Problems, report.OtherMatters) = (paragraphs, paragraphs, paragraphs, paragraphs);
        return new ValidateRequest { Report = report };
    }

    [Fact]
    public async Task Render_WhileHostileCallsRun_SucceedsAndEachHostileCallGetsItsStatus()
    {
        await using var server = await DocGenServer.StartAsync(("Rendering:MaxConcurrency", "2"), ("Rendering:QueueLimit", "4"));
        var bombs = Enumerable.Range(0, 8).Select(i => Outcome(server.Reports.RenderAsync(Bomb(i)).ResponseAsync)).ToArray();
        var validates = Enumerable.Range(0, 16).Select(_ => Outcome(server.Reports.ValidateAsync(HeavyValidate()).ResponseAsync)).ToArray();
        var badIds = Enumerable.Range(0, 4).Select(i =>
        {
            var request = Requests.Fixture("panjin-commerce-2022.json");
            request.RequestId = i % 2 == 0 ? new string('x', 100_000) : "id\u202E\u0007";
            return Outcome(server.Reports.RenderAsync(request).ResponseAsync);
        }).ToArray();

        var normal = await server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), deadline: DateTime.UtcNow.AddMinutes(2));

        Assert.True(normal.PageCount > 0);
        Assert.All(await Task.WhenAll(bombs), s => Assert.Contains(s, new[] { StatusCode.InvalidArgument, StatusCode.ResourceExhausted }));
        Assert.All(await Task.WhenAll(validates), s => Assert.Contains(s, new[] { StatusCode.OK, StatusCode.ResourceExhausted }));
        Assert.All(await Task.WhenAll(badIds), s => Assert.Equal(StatusCode.InvalidArgument, s));
    }

    [Fact]
    public async Task Render_DeadlinePassesDuringTheLargestReport_DeadlineExceededAndTheSlotServesTheNext()
    {
        await using var server = await DocGenServer.StartAsync(("Rendering:MaxConcurrency", "1"), ("Rendering:QueueLimit", "1"));
        var largest = Requests.Fixture("panjin-commerce-2022.json");
        var text = new DocGen.Protos.V1.RichText { Text = Repeat("政务公开工作稳步推进。\n", 16_000) };
        (largest.Report.Preamble, largest.Report.Overview, largest.Report.Problems, largest.Report.OtherMatters) = (text, text, text, text);

        var e = await Assert.ThrowsAsync<RpcException>(async () => await server.Reports.RenderAsync(largest, deadline: DateTime.UtcNow.AddMilliseconds(300)));
        var next = await server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), deadline: DateTime.UtcNow.AddMinutes(2));

        Assert.Equal(StatusCode.DeadlineExceeded, e.StatusCode);
        Assert.True(next.PageCount > 0);
    }

    private static async Task<StatusCode> Outcome<T>(Task<T> call)
    {
        try
        {
            await call;
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }
}

using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.Extensions.Logging;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;
using static DocGen.Tests.Shared.CorruptFonts;

namespace DocGen.Server.Tests.Adversarial;

/// <summary>
/// Finding 3 over a real listener: a corrupt font file (an 80-byte .ttc header claiming 2^31 faces)
/// as the only font wedged both slots while health said SERVING. Now it is skipped with a log line
/// naming it, health says NOT_SERVING with the reason logged, and HTML still renders.
/// The health check service goes on logging the reason at Error on every check: a real failure, unlike a shutdown.
/// </summary>
public sealed class BrokenFontHealthTests
{
    [Fact]
    public async Task Health_OnlyACorruptFont_NotServingReasonLoggedAndHtmlStillRenders()
    {
        var folder = FolderWithOnlyACorruptCollection();
        var logs = new CapturingLogs();
        await using var server = await DocGenServer.StartAsync(logs, ("Fonts:Directories:0", folder), ("Fonts:UseSystemFonts", "false"));

        using var watch = server.Health.Watch(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(30));
        var status = ServingStatus.Unknown;
        while (status != ServingStatus.NotServing && await watch.ResponseStream.MoveNext()) status = watch.ResponseStream.Current.Status;
        var pdf = await Assert.ThrowsAsync<RpcException>(async () => await server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json")));
        var htmlOnly = Requests.Fixture("panjin-commerce-2022.json");
        htmlOnly.Formats.Clear();
        htmlOnly.Formats.Add(OutputFormat.HtmlPage);
        var html = await server.Reports.RenderAsync(htmlOnly);

        Assert.Equal(ServingStatus.NotServing, status);
        Assert.Equal(StatusCode.FailedPrecondition, pdf.StatusCode);
        Assert.Contains("盘锦市商务局", html.Html);
        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains(Path.Combine(folder, "bomb.ttc")) && l.Message.Contains("2,147,483,648 faces"));
        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Error && l.Message.StartsWith("PDF cannot be produced: No TrueType CJK font"));
        Assert.Contains(logs.Category(HealthCheckServiceCategory), l => l.Level == LogLevel.Error && l.Message.Contains("Unhealthy") && l.Message.Contains("No TrueType CJK font"));
    }

    /// <summary>Where the stock health check service logs each check's result (an Unhealthy one at Error).</summary>
    private const string HealthCheckServiceCategory = "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService";

    [Fact]
    public async Task Health_CorruptFontBesideTheSystemFonts_ServingAndPdfRenders()
    {
        await using var server = await DocGenServer.StartAsync(("Fonts:Directories:0", FolderWithOnlyACorruptCollection()));

        var health = await server.Health.CheckAsync(new HealthCheckRequest { Service = "docgen.v1.ReportService" });
        var response = await server.Reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"));

        Assert.Equal(ServingStatus.Serving, health.Status);
        Assert.True(response.PageCount > 0);
    }
}

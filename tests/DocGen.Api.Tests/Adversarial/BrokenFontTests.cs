using DocGen.Rendering;
using Microsoft.Extensions.Logging;
using static DocGen.Api.Tests.Adversarial.AdversarialApi;
using static DocGen.Tests.Shared.CorruptFonts;

namespace DocGen.Api.Tests.Adversarial;

/// <summary>
/// Finding 3: one corrupt font file (an 80-byte .ttc header claiming 2^31 faces) wedged both render
/// slots in a 2^31 loop while health said SERVING.
/// </summary>
public class BrokenFontTests
{
    [Fact]
    public async Task Render_OnlyACorruptFontFile_FailedPreconditionAndHtmlStillRenders()
    {
        var api = Create(slots: 2, fontFolders: [FolderWithOnlyACorruptCollection()]);

        var refusal = await Assert.ThrowsAsync<ApiException>(() => api.RenderAsync(Normal(), Admission.RejectWhenBusy, CancellationToken.None));
        var htmlOnly = Normal();
        htmlOnly.Formats.Remove(Protos.V1.OutputFormat.Pdf);
        var html = await api.RenderAsync(htmlOnly, Admission.RejectWhenBusy, CancellationToken.None);

        Assert.Equal(ApiStatusCode.FailedPrecondition, refusal.Code);
        Assert.Contains("fonts-wqy-zenhei", refusal.Message);
        Assert.Contains("盘锦市商务局", html.Html);
    }

    [Fact]
    public void Readiness_OnlyACorruptFontFile_NotReadyLoggingTheFileAndTheReason()
    {
        var folder = FolderWithOnlyACorruptCollection();
        var log = new ListLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(log));
        var rendering = new ReportRendererSetup { TemplatesRoot = CheckoutPaths.Templates, WatchTemplates = false, FontFolders = [folder], UseSystemFonts = false }
            .Create(loggers);

        var readiness = rendering.Readiness.Current;

        Assert.False(readiness.CanRenderPdf);
        Assert.Contains("fonts-wqy-zenhei", readiness.Reason);
        Assert.Contains(log.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains(Path.Combine(folder, "bomb.ttc")) && l.Text.Contains("2,147,483,648 faces"));
        Assert.Contains(log.Lines, l => l.Level == LogLevel.Error && l.Text.StartsWith("PDF cannot be produced: No TrueType CJK font"));
    }

    [Fact]
    public void Readiness_CorruptFileBesideTheSystemFonts_ReadyAndTheFileLogged()
    {
        var folder = FolderWithOnlyACorruptCollection();
        var log = new ListLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(log));
        var rendering = new ReportRendererSetup { TemplatesRoot = CheckoutPaths.Templates, WatchTemplates = false, FontFolders = [folder] }.Create(loggers);

        var current = rendering.Readiness.Current;
        Assert.True(current.CanRenderPdf);
        Assert.Null(current.Reason);
        Assert.Contains(log.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("bomb.ttc"));
    }
}

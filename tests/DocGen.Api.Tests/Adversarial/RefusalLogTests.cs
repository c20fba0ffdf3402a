using Microsoft.Extensions.Logging;

namespace DocGen.Api.Tests.Adversarial;

/// <summary>Finding 5: rejecting load wrote ~2 MB/s of log lines. Refusals are a count per interval.</summary>
public class RefusalLogTests
{
    [Fact]
    public void Flush_ManyRefusals_OneLineCountingEachMethod()
    {
        var log = new ListLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(log));
        using var refusals = new RefusalLog(loggers.CreateLogger<RefusalLog>(), interval: TimeSpan.FromHours(1));

        Parallel.For(0, 3_000, i => refusals.Record(i % 100 == 0 ? "/docgen.v1.ReportService/Validate" : "/docgen.v1.ReportService/Render"));
        refusals.Flush();
        refusals.Flush(); // nothing new: no second line

        var line = Assert.Single(log.Lines);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Equal("Refused 3000 calls with RESOURCE_EXHAUSTED in the last 3600 s: /docgen.v1.ReportService/Render 2970, /docgen.v1.ReportService/Validate 30", line.Text);
    }

    [Fact]
    public void Dispose_PendingRefusals_FlushedOnce()
    {
        var log = new ListLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(log));
        var refusals = new RefusalLog(loggers.CreateLogger<RefusalLog>(), interval: TimeSpan.FromHours(1));
        refusals.Record("Render");

        refusals.Dispose();

        Assert.Contains("Refused 1 calls", Assert.Single(log.Lines).Text);
    }
}

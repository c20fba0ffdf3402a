using System.Text;
using DocGen.Core.Model;
using DocGen.Core.Validation;
using DocGen.Core.Validation.Narrative;
using DocGen.Tests.Shared;
using static DocGen.Core.Validation.FindingCodes;

namespace DocGen.Core.Tests.Validation.Narrative;

/// <summary>
/// What the narrative check costs: the scan that skips figure-free text, and the bound on what it
/// reads of a narrative made of nothing but figures, judged by work and allocation counts (never by
/// the clock).
/// </summary>
public class NarrativeReadingTests
{
    private const int ThisYear = 2026;
    private const int NarrativeCharacters = 200_000; // the request limit per narrative (DocGen.Api.RequestLimits)
    private const string FigureSentence = "本年度共收到政府信息公开申请130件，其中自然人提出120件。";

    private static string Repeat(string unit, int characters) =>
        new StringBuilder(characters).Insert(0, unit, characters / unit.Length).ToString();

    // Every trigger at every offset of a text long enough for the 32-character blocks and the tail after them.
    public static TheoryData<char> Triggers() => [.. "0123456789０１２３４５６７８９" + FigureTriggers.Cjk];

    [Theory]
    [MemberData(nameof(Triggers))]
    public void Scan_TriggerAnywhere_FoundWhereItIs(char trigger)
    {
        var plain = Repeat("政务公开工作稳步推进，Information。", 100);
        for (var at = 0; at < plain.Length; at++)
        {
            var text = string.Concat(plain.AsSpan(0, at), [trigger], plain.AsSpan(at + 1));
            Assert.Equal(at, FigureTriggers.Next(text, 0));
        }
    }

    [Fact]
    public void Scan_FigureFreeText_NothingFound()
    {
        // Every BMP character but the triggers: a hashed lookup must not mistake any of them for one.
        var triggers = new HashSet<char>("0123456789０１２３４５６７８９" + FigureTriggers.Cjk);
        var others = new string([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => !triggers.Contains(c))]);

        Assert.Equal(-1, FigureTriggers.Next(others, 0));
    }

    [Fact]
    public void Validate_NarrativesOfNothingButFigures_ReadUpToTheLimitAndSaysSo()
    {
        var report = FiguresEverywhere();

        var findings = ReportValidator.Validate(report, ThisYear).Findings;

        var stopped = Assert.Single(findings, f => f.Code == NarrativeCheckStopped);
        Assert.Equal(FindingSeverity.Warning, stopped.Severity);
        Assert.Equal("preamble", stopped.Path); // the limit is reached inside the first narrative
        Assert.InRange(stopped.Expected, NarrativeReading.DefaultLimit - FigureSentence.Length, NarrativeReading.DefaultLimit);
        Assert.Equal(NarrativeReading.DefaultLimit, stopped.Actual);
        Assert.Equal($"叙述中陈述数字的语句超过 {NarrativeReading.DefaultLimit:N0} 字，核对至「前言」即停止：此后的文字未与表格核对", stopped.Message);
        // What was read before the limit is still compared: the sentence contradicts table 三 (0 received).
        Assert.Single(findings, f => f.Code == NarrativeTableMismatch && f.Path == "applications.new_received.total");
    }

    [Fact]
    public void Extract_NarrativeOfNothingButFigures_WorkStopsAtTheLimit()
    {
        var text = Repeat(FigureSentence, NarrativeCharacters);
        var reading = new NarrativeReading();

        var facts = NarrativeFactExtractor.Extract(text, Edition.Edition2021, reading);

        Assert.True(reading.Stopped);
        Assert.InRange(reading.CharactersRead, NarrativeReading.DefaultLimit - FigureSentence.Length, NarrativeReading.DefaultLimit);
        Assert.Equal(reading.CharactersRead / (FigureSentence.Length - 1), reading.SentencesRead); // each sentence once, without its 。
        Assert.Equal(reading.SentencesRead, facts.Count); // 130 received (提出 names no table figure)
    }

    [Fact]
    public void Check_NarrativesOfNothingButFigures_AllocatesATenthOfReadingThemAll()
    {
        var report = FiguresEverywhere();
        var validated = ReportValidator.Validate(report, ThisYear);

        var bounded = AllocatedBy(() => NarrativeTableRules.Check(report, validated.Completed, validated.Edition).Count());
        var unbounded = AllocatedBy(() => NarrativeTableRules.Check(report, validated.Completed, validated.Edition, limit: int.MaxValue).Count());

        // The text (800,000 characters) is all the caller sent; the check reads a fixed part of it, converting nothing else.
        Assert.True(bounded * 10 < unbounded, $"bounded {bounded:N0} bytes, reading everything {unbounded:N0}");
        Assert.True(bounded < 2 * 1024 * 1024, $"bounded {bounded:N0} bytes");
    }

    [Fact]
    public void Check_ContradictionPastTheLimit_NotReportedButTheStopIs()
    {
        var report = FixtureReports.Report("panjin-commerce-2022") with
        {
            Overview = new RichText(Repeat("全年主动公开信息12条。", 2_400) + "本年度共收到政府信息公开申请3件。"),
        };
        var validated = ReportValidator.Validate(report, ThisYear);

        var all = NarrativeTableRules.Check(report, validated.Completed, validated.Edition, limit: int.MaxValue).ToList();
        var bounded = NarrativeTableRules.Check(report, validated.Completed, validated.Edition, limit: 1_000).ToList();

        Assert.Equal(NarrativeTableMismatch, Assert.Single(all).Code);
        var stopped = Assert.Single(bounded);
        Assert.Equal((NarrativeCheckStopped, "overview"), (stopped.Code, stopped.Path));
    }

    [Theory]
    [InlineData("panjin-commerce-2022")]
    [InlineData("minhou-commerce-2020")]
    [InlineData("synthetic-busy-2023")]
    public void Validate_PublishedFixture_ReadInFull(string fixture) =>
        Assert.DoesNotContain(ReportValidator.Validate(FixtureReports.Report(fixture), ThisYear).Findings, f => f.Code == NarrativeCheckStopped);

    private static AnnualReport FiguresEverywhere()
    {
        var report = FixtureReports.Report("panjin-commerce-2022");
        return report with
        {
            Preamble = new RichText(Repeat(FigureSentence, NarrativeCharacters)),
            Overview = new RichText(Repeat("全年予以公开35件，部分公开4件，不予公开2件。\n", NarrativeCharacters)),
            Problems = new RichText(Html: Repeat("<p>共收到政府信息公开申请13件。</p>", NarrativeCharacters)),
            OtherMatters = new RichText(Repeat("发生政府信息公开行政复议案件3件，行政诉讼2件。", NarrativeCharacters)),
        };
    }

    private static long AllocatedBy(Action action)
    {
        action(); // compiled regular expressions and caches, once
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}

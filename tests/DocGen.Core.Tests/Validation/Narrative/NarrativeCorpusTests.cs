using DocGen.Core.Model;
using DocGen.Core.Validation.Narrative;
using DocGen.Tests.Shared;
using Xunit.Abstractions;

namespace DocGen.Core.Tests.Validation.Narrative;

/// <summary>
/// The extractor against real sentences from published reports (narrative-corpus.tsv: each
/// labelled by hand with the cells it states, or "none", and its source).
/// </summary>
public class NarrativeCorpusTests(ITestOutputHelper output)
{
    private const double RequiredShare = 0.95;
    private const int RequiredSentences = 60;

    public sealed record Labelled(Edition Edition, IReadOnlySet<string> Expected, string Source, string Sentence);

    public static IReadOnlyList<Labelled> Corpus { get; } = Load();

    [Fact]
    public void Extract_RealSentences_AtLeastNinetyFivePercentRight()
    {
        var wrong = Corpus.Where(c => !Read(c).SetEquals(c.Expected)).ToList();
        foreach (var c in wrong)
        {
            output.WriteLine($"{c.Sentence}\n  expected: {string.Join(" ; ", c.Expected.Order())}\n  read:     {string.Join(" ; ", Read(c).Order())}\n  source:   {c.Source}");
        }
        var right = Corpus.Count - wrong.Count;
        output.WriteLine($"{right} of {Corpus.Count} right ({100.0 * right / Corpus.Count:F1}%)");

        Assert.True(Corpus.Count >= RequiredSentences, $"the corpus has {Corpus.Count} sentences; at least {RequiredSentences} are needed");
        Assert.True(right >= RequiredShare * Corpus.Count, $"{right} of {Corpus.Count} right, under {RequiredShare:P0}");
    }

    [Fact]
    public void Corpus_EverySentenceHasASourceAndStatesAFigure()
    {
        Assert.All(Corpus, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Source));
            Assert.Matches("[0-9零〇一二两三四五六七八九十]|未|没有", c.Sentence);
        });
    }

    private static HashSet<string> Read(Labelled c) =>
        [.. NarrativeFactExtractor.Extract(c.Sentence, c.Edition).Select(f => $"{f.Cells}={f.Figure:0.####}")];

    private static List<Labelled> Load()
    {
        var file = Path.Combine(CheckoutPaths.Root, "tests", "DocGen.Core.Tests", "Validation", "Narrative", "narrative-corpus.tsv");
        return [.. File.ReadLines(file)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => new Labelled(
                f[0] == "2019" ? Edition.Edition2019 : Edition.Edition2021,
                f[1] == "none" ? new HashSet<string>() : f[1].Split(" ; ").ToHashSet(),
                f[2],
                f[3]))];
    }
}

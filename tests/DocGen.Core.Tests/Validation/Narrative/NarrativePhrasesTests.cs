using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Core.Validation.Narrative;

namespace DocGen.Core.Tests.Validation.Narrative;

/// <summary>One sentence per phrase of <see cref="NarrativePhrases"/>: it is read as that phrase's cell and figure, and nothing else.</summary>
public class NarrativePhrasesTests
{
    // Phrase name → a sentence as reports write it, and the figure it states.
    public static readonly TheoryData<string, string, double> Samples = new()
    {
        { "new_received", "本年度共受理政府信息公开申请17件。", 17 },
        { "carried_over", "上年结转政府信息公开申请3件。", 3 },
        { "results_total", "全年已办结政府信息公开申请18件。", 18 },
        { "carried_forward", "结转下年度继续办理的申请2件。", 2 },
        { "disclosed", "其中予以公开12件。", 12 },
        { "partially_disclosed", "部分公开三件。", 3 },
        { "withheld", "不予公开2件。", 2 },
        { "unavailable", "本年度无法提供的5件。", 5 },
        { "not_processed", "不予处理的1件。", 1 },
        { "other_handling", "其他处理4件。", 4 },
        { "administrative_review", "因政府信息公开被申请行政复议2件。", 2 },
        { "litigation", "因政府信息公开被提起行政诉讼1件。", 1 },
        { "rules_issued", "本年度制定规章2件。", 2 },
        { "rules_repealed", "废止规章1件。", 1 },
        { "rules_in_force", "现行有效规章12件。", 12 },
        { "normative_issued", "全年制发行政规范性文件十四件。", 14 },
        { "normative_repealed", "废止行政规范性文件3件。", 3 },
        { "normative_in_force", "现行有效的行政规范性文件96件。", 96 },
        { "licensing_decisions", "全年作出行政许可决定5,321件。", 5321 },
        { "penalty_decisions", "作出行政处罚决定87件。", 87 },
        { "enforcement_decisions", "作出行政强制决定4件。", 4 },
        { "fee_amount", "全年行政事业性收费12.35万元。", 12.35 },
        { "rules_made_2019", "本年新制定规章1件。", 1 },
        { "normative_made_2019", "制定规范性文件6件。", 6 },
        { "licensing_decisions_2019", "作出行政许可决定93件。", 93 },
        { "penalty_decisions_2019", "作出行政处罚决定22件。", 22 },
        { "enforcement_decisions_2019", "作出行政强制决定1件。", 1 },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Extract_PhraseSample_ReadsItsCellAndFigure(string name, string sentence, double figure)
    {
        var phrase = Assert.Single(NarrativePhrases.All, p => p.Name == name);

        foreach (var edition in phrase.Editions)
        {
            var fact = Assert.Single(NarrativeFactExtractor.Extract(sentence, edition));
            Assert.Equal(phrase.Cells, fact.Cells);
            Assert.Equal((decimal)figure, fact.Figure);
        }
    }

    [Fact]
    public void Samples_CoverEveryPhrase()
    {
        var sampled = Samples.Select(row => (string)row[0]).ToHashSet();

        var unsampled = NarrativePhrases.All.Select(p => p.Name).Except(sampled).ToList();

        Assert.True(unsampled.Count == 0, $"phrases without a sample: {string.Join(", ", unsampled)}");
    }

    [Fact]
    public void Phrases_EachNamesCellsOfItsEditionsTables()
    {
        foreach (var phrase in NarrativePhrases.All)
        {
            foreach (var edition in phrase.Editions)
            {
                // A sum may be one cell in an edition: EDITION_2019 prints （六）其他处理 as one row.
                var matching = NationalLayout.Tables(edition).SelectMany(t => t.Bindings).Count(b => FieldPattern.Names(phrase.Cells, b.Path));
                Assert.True(phrase.IsSum ? matching >= 1 : matching == 1, $"{phrase.Name} names {matching} cells of {edition}'s tables");
            }
        }
    }

    [Fact]
    public void Phrases_NamesAreUnique() =>
        Assert.Equal(NarrativePhrases.All.Count, NarrativePhrases.All.Select(p => p.Name).Distinct().Count());
}

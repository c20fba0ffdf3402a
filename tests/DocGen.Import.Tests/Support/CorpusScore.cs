using System.Text.Json;
using DocGen.Contracts;
using DocGen.Core.Completion;
using DocGen.Core.Editions;
using DocGen.Core.Layout;
using DocGen.Import.Recognition;

namespace DocGen.Import.Tests.Support;

/// <summary>
/// A corpus document's truth, checked by reading the document: agency, year, edition and every
/// figure of tables 二, 三 and 四 the capture holds, as the report means it (a blank cell as 0, a
/// blank 总计 as its row's sum). A figure the capture does not hold (a crawler's text cut short, a
/// row the report does not print) is not in the truth: it is absent, not missing.
/// </summary>
internal sealed record CorpusTruth(string Agency, int Year, string Edition, Dictionary<string, string> Figures)
{
    public static CorpusTruth Load(string path) =>
        JsonSerializer.Deserialize<CorpusTruth>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
        ?? throw new InvalidDataException(path);
}

/// <summary>
/// One import scored against its truth: figures exact, wrong (read but different, or read where the
/// capture holds no figure), missing (in the capture, left out with a note) and absent (not in the
/// capture, and left out with a note).
/// </summary>
internal sealed record CorpusScore(int Exact, IReadOnlyList<string> Wrong, IReadOnlyList<string> Missing, int Absent, IReadOnlyList<string> Identity)
{
    public static CorpusScore Of(RecognizedReport imported, CorpusTruth truth)
    {
        var report = ReportCompleter.Complete(ReportMapper.ToDomain(imported.Report));
        var leftOut = imported.Notes.Where(n => n.Message.Contains("left out", StringComparison.Ordinal)).Select(n => n.Path).ToHashSet(StringComparer.Ordinal);
        var identity = new List<string>();
        var absent = 0;
        if (report.Agency != truth.Agency) identity.Add($"agency «{report.Agency}», truth «{truth.Agency}»");
        if (report.Year != truth.Year) identity.Add($"year {report.Year}, truth {truth.Year}");
        var edition = EditionResolver.Resolve(report);
        if (edition.ToString() != truth.Edition) identity.Add($"edition {edition}, truth {truth.Edition}");
        if (edition is not (DocGen.Core.Model.Edition.Edition2019 or DocGen.Core.Model.Edition.Edition2021)) return new(0, [], [], 0, identity);
        var exact = 0;
        var wrong = new List<string>();
        var missing = new List<string>();
        foreach (var binding in NationalLayout.Tables(edition).SelectMany(t => t.Bindings))
        {
            var expected = truth.Figures.GetValueOrDefault(binding.Path);
            if (expected is null && leftOut.Contains(binding.Path)) absent++;
            else if (expected is null) wrong.Add($"{binding.Path}: read {binding.Format(report)}, but the capture holds no figure there");
            else if (leftOut.Contains(binding.Path)) missing.Add(binding.Path);
            else if (binding.Format(report) == expected) exact++;
            else wrong.Add($"{binding.Path}: read {binding.Format(report)}, truth {expected}");
        }
        return new(exact, wrong, missing, absent, identity);
    }

    public int All => Exact + Wrong.Count + Missing.Count;
}

using System.Collections.Concurrent;
using System.Globalization;
using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Core.Text;

namespace DocGen.Core.Validation.Narrative;

/// <summary>
/// WARNING <see cref="FindingCodes.NarrativeTableMismatch"/>: a figure the narrative states
/// (<see cref="NarrativeFactExtractor"/>) differs from the table cell it names. Only tables the
/// caller sent are compared; one finding per cell and stated figure.
/// </summary>
internal static class NarrativeTableRules
{
    private const int QuoteLength = 60;
    private const int QuoteContext = 16;
    private const string PreambleName = "前言";

    private static readonly ConcurrentDictionary<Edition, IReadOnlyList<ValueBinding>> Bindings = new();

    /// <param name="cancellationToken">Checked before each narrative (each bounded by the request limits).</param>
    /// <param name="limit">The characters of figure-stating sentences read at most (<see cref="NarrativeReading"/>).</param>
    public static IEnumerable<Finding> Check(AnnualReport report, AnnualReport completed, Edition edition, CancellationToken cancellationToken = default,
        int limit = NarrativeReading.DefaultLimit)
    {
        if (!EditionHasTables(edition)) yield break;
        var headings = NationalLayout.SectionHeadings;
        var seen = new HashSet<(string, decimal)>();
        var tableFigures = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        var reading = new NarrativeReading(limit);
        foreach (var (text, heading, path) in new[]
                 {
                     (report.Preamble, PreambleName, "preamble"), (report.Overview, headings[0], "overview"),
                     (report.Problems, headings[4], "problems"), (report.OtherMatters, headings[5], "other_matters"),
                 })
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Most of a long narrative states no figure: one scan of what was sent says so before any conversion.
            if (text is null || !(NarrativeFactExtractor.MayStateFigure(text.Text) || NarrativeFactExtractor.MayStateFigure(text.Html))) continue;
            var plain = NarrativeText.Of(text);
            foreach (var fact in NarrativeFactExtractor.Extract(plain, edition, reading))
            {
                if (!TableSent(report, fact.Cells)) continue;
                if (!tableFigures.TryGetValue(fact.Cells, out var figure))
                {
                    var cells = Matching(edition, fact.Cells);
                    tableFigures[fact.Cells] = figure = cells.Count == 0 ? null : TableFigure(completed, cells);
                }
                if (figure is not { } table || table == fact.Figure) continue;
                if (fact.Phrase.Kind == FigureKind.AmountWanYuan && RoundsTo(table, fact.Figure)) continue;
                if (!seen.Add((fact.Cells, fact.Figure))) continue;
                yield return Mismatch(fact, heading, table, edition);
            }
            if (reading.Stopped)
            {
                yield return new Finding(FindingSeverity.Warning, FindingCodes.NarrativeCheckStopped, path,
                    $"叙述中陈述数字的语句超过 {reading.Limit:N0} 字，核对至「{heading}」即停止：此后的文字未与表格核对", reading.CharactersRead, reading.Limit);
                yield break;
            }
        }
    }

    private static bool EditionHasTables(Edition edition) => edition is Edition.Edition2019 or Edition.Edition2021;

    /// <summary>A table the caller did not send has no figures to contradict.</summary>
    private static bool TableSent(AnnualReport report, string cells) => cells.AsSpan(0, cells.IndexOf('.')) switch
    {
        "applications" => report.Applications is not null,
        "review_litigation" => report.ReviewLitigation is not null,
        "active_disclosure_2021" => report.ActiveDisclosure2021 is not null,
        "active_disclosure_2019" => report.ActiveDisclosure2019 is not null,
        _ => false,
    };

    private static IReadOnlyList<ValueBinding> Matching(Edition edition, string pattern)
    {
        var all = Bindings.GetOrAdd(edition, e => [.. NationalLayout.Tables(e).SelectMany(t => t.Bindings)]);
        return [.. all.Where(b => FieldPattern.Names(pattern, b.Path))];
    }

    private static decimal? TableFigure(AnnualReport completed, IReadOnlyList<ValueBinding> cells)
    {
        decimal sum = 0;
        foreach (var cell in cells)
        {
            var text = cell.Format(completed);
            if (cell.Kind == ValueKind.Amount)
            {
                if (!CellText.TryParseAmount(text, out var amount)) return null;
                sum += amount;
            }
            else if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count) && !ValueBounds.CountTooLarge(count))
            {
                sum += count;
            }
            else return null;
        }
        return sum;
    }

    // "7730万元" for 7730.28 in the table is the same figure, rounded as text rounds it.
    private static bool RoundsTo(decimal table, decimal text)
    {
        var decimals = BitConverter.GetBytes(decimal.GetBits(text)[3])[2];
        return Math.Round(table, decimals, MidpointRounding.AwayFromZero) == text;
    }

    private static Finding Mismatch(NarrativeFact fact, string heading, decimal table, Edition edition)
    {
        var name = fact.Phrase.SumLabel ?? CellNames.For(edition)[fact.Cells];
        var unit = fact.Phrase.Kind == FigureKind.AmountWanYuan ? " 万元" : "";
        var message = $"{name}填报为 {Figure(table)}{unit}，「{heading}」写明“{Quote(fact)}”（{Figure(fact.Figure)}{unit}），两者不一致";
        return fact.Phrase.Kind == FigureKind.Count
            ? new Finding(FindingSeverity.Warning, FindingCodes.NarrativeTableMismatch, fact.Cells, message, (long)fact.Figure, (long)table)
            : new Finding(FindingSeverity.Warning, FindingCodes.NarrativeTableMismatch, fact.Cells, message);
    }

    private static string Figure(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>The sentence, or the part of it around the statement when it is long, word for word (the admin page finds it by this text).</summary>
    private static string Quote(NarrativeFact fact)
    {
        var sentence = fact.Sentence;
        var start = 0;
        var end = sentence.Length;
        while (start < end && char.IsWhiteSpace(sentence[start])) start++;
        while (end > start && char.IsWhiteSpace(sentence[end - 1])) end--;
        if (end - start <= QuoteLength) return sentence[start..end];
        var from = Math.Max(start, fact.Start - QuoteContext);
        var to = Math.Min(end, Math.Max(fact.End + QuoteContext, from + QuoteLength));
        return $"{(from > start ? "…" : "")}{sentence[from..to]}{(to < end ? "…" : "")}";
    }
}

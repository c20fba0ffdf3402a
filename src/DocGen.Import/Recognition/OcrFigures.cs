using System.Globalization;
using DocGen.Core.Layout;
using DocGen.Protos.V1;
using CoreEdition = DocGen.Core.Model.Edition;

namespace DocGen.Import.Recognition;

/// <summary>
/// What OCR read of a table, kept only with evidence. A figure stays when its row's printed 总计
/// confirm the row (<see cref="RowTotals"/>), or, in table 三, when a 勾稽 relation whose figures were
/// all read holds for its column (（一）…（六） sum to （七）总计; 一 plus 二 equal （七）总计 plus 四) — and
/// no relation it is part of fails. A relation that fails leaves out its figures that no 总计 confirmed
/// (all of them when every one was). Everything else is left out, a note per cell naming it and what
/// was read: a misread digit (1 for 7, a rule read as 1) costs figures, never puts a wrong one in.
/// </summary>
public static class OcrFigures
{
    private sealed record Row(string Label, ValueBinding[] Bindings, string? Why);

    public static void Confirm(TableLayout layout, CoreEdition edition, AnnualReport report, List<ImportNote> notes)
    {
        var leftOut = notes.Where(n => n.Message.Contains("left out", StringComparison.Ordinal)).Select(n => n.Path).ToHashSet(StringComparer.Ordinal);
        var read = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var confirmed = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<Row>();
        var groupReasons = new List<(string Path, string Why, bool Contradicts)>();
        foreach (var layoutRow in layout.Rows)
        {
            var bindings = layoutRow.Cells.Where(c => c.Binding is not null).Select(c => c.Binding!).ToArray();
            if (bindings.Length == 0) continue;
            var label = layoutRow.Cells.LastOrDefault(c => c.Role == CellRole.RowHeader)?.Text ?? "figures";
            var values = bindings.Select(b => leftOut.Contains(b.Path) ? null : ReportFieldWriter.Get(report, b.Path)).ToArray();
            for (var k = 0; k < bindings.Length; k++)
                if (values[k] is { } value) read[bindings[k].Path] = value;
            // Each run of cells ending in a 总计 (table 四 prints three in a row) is confirmed on its own.
            string? why = bindings.Any(IsTotal) ? null : "the row has no 总计 to confirm it";
            for (int from = 0, k = 0; k < bindings.Length && why is null; k++)
            {
                if (!IsTotal(bindings[k])) continue;
                var group = from..(k + 1);
                from = k + 1;
                var groupValues = values[group];
                string? groupWhy = null;
                if (groupValues[^1] is null)
                    groupWhy = "its 总计 is blank or unread, so it cannot confirm the row";
                else if (groupValues.Any(v => v is null))
                    groupWhy = "other cells before its 总计 were not read, so the 总计 cannot confirm them";
                else if (groupValues[..^1].Sum(v => v!.Value) != groupValues[^1])
                    groupWhy = $"the figures as read ({string.Join(" ", groupValues.Select(v => v!.Value.ToString(CultureInfo.InvariantCulture)))}) do not add up to their 总计";
                if (groupWhy is null) confirmed.UnionWith(bindings[group].Select(b => b.Path));
                else groupReasons.AddRange(bindings[group].Select(b => (b.Path, groupWhy, groupWhy.Contains("do not add up", StringComparison.Ordinal))));
            }
            rows.Add(new Row(label, bindings, why));
        }
        var failed = new Dictionary<string, string>(StringComparer.Ordinal);
        var byColumn = new HashSet<string>(StringComparer.Ordinal);
        if (edition is CoreEdition.Edition2019 or CoreEdition.Edition2021
            && layout.Bindings.Any(b => b.Path == ApplicationRows.NewReceived.PathOf(ApplicantColumns.NaturalPerson)))
        {
            foreach (var (members, holds, why) in Relations(ApplicationRows.For(edition), read))
            {
                if (holds)
                {
                    byColumn.UnionWith(members);
                    continue;
                }
                var suspects = members.Where(m => !confirmed.Contains(m)).ToArray();
                foreach (var path in suspects.Length > 0 ? suspects : members) failed.TryAdd(path, $"table 三's 勾稽 does not hold ({why})");
            }
        }
        var computedFromLeftOut = new List<(Row Row, ValueBinding Total)>();
        foreach (var row in rows)
        {
            var rowLeftOut = new HashSet<string>(StringComparer.Ordinal);
            foreach (var binding in row.Bindings)
            {
                if (!read.TryGetValue(binding.Path, out var value))
                {
                    if (leftOut.Contains(binding.Path)) rowLeftOut.Add(binding.Path);
                    continue;
                }
                var failure = failed.GetValueOrDefault(binding.Path);
                if (failure is null && (confirmed.Contains(binding.Path) || byColumn.Contains(binding.Path))) continue;
                rowLeftOut.Add(binding.Path);
                // What the row itself says against a figure comes first, then a failed 勾稽, then the want of evidence.
                var group = groupReasons.FirstOrDefault(g => g.Path == binding.Path);
                var why = group.Contradicts ? group.Why : failure ?? row.Why ?? group.Why ?? "no 勾稽 relation of its column could be checked";
                LeaveOut(report, notes, binding.Path, value.ToString(CultureInfo.InvariantCulture), $"{layout.Caption}, row {row.Label}", why);
            }
            // Each blank 总计 with a cell of its own run left out (table 四 prints three runs in a row).
            for (int from = 0, k = 0; k < row.Bindings.Length; k++)
            {
                if (!IsTotal(row.Bindings[k])) continue;
                var run = row.Bindings[from..(k + 1)];
                from = k + 1;
                var total = row.Bindings[k];
                if (!read.ContainsKey(total.Path) && !leftOut.Contains(total.Path) && run.Any(b => rowLeftOut.Contains(b.Path)))
                    computedFromLeftOut.Add((row, total));
            }
        }
        // A blank 总计 would be computed from its run, and cells of it are left out.
        foreach (var (row, total) in computedFromLeftOut)
            notes.Add(new(total.Path, "", $"{layout.Caption}, row {row.Label}", "总计 left empty, and cells of its row are left out, so it cannot be computed; the field is left out"));
    }

    /// <summary>Table 三's column relations among the figures read: each with its members, whether it holds, and what was read.</summary>
    private static IEnumerable<(string[] Members, bool Holds, string Why)> Relations(IReadOnlyList<ApplicationRow> rows, Dictionary<string, decimal> read)
    {
        var results = rows.Where(r => r.Role == ApplicationRowRole.Result).ToArray();
        foreach (var column in ApplicantColumns.All)
        {
            var total = ApplicationRows.ResultsTotal.PathOf(column);
            string[] sum = [total, .. results.Select(r => r.PathOf(column))];
            if (sum.All(read.ContainsKey))
            {
                var parts = sum.Skip(1).Sum(m => read[m]);
                yield return (sum, parts == read[total], $"column {column.Header}: （一）to（六）as read sum to {parts}, （七）总计 reads {read[total]}");
            }
            string[] balance = [ApplicationRows.NewReceived.PathOf(column), ApplicationRows.CarriedOver.PathOf(column), total, ApplicationRows.CarriedForward.PathOf(column)];
            if (balance.All(read.ContainsKey))
            {
                var (intake, outcome) = (read[balance[0]] + read[balance[1]], read[balance[2]] + read[balance[3]]);
                yield return (balance, intake == outcome, $"column {column.Header}: 一 plus 二 as read is {intake}, （七）总计 plus 四 is {outcome}");
            }
        }
    }

    private static void LeaveOut(AnnualReport report, List<ImportNote> notes, string path, string found, string where, string why)
    {
        ReportFieldWriter.Clear(report, path);
        notes.Add(new(path, found, where, $"OCR read «{found}», but {why}; the field is left out"));
    }

    private static bool IsTotal(ValueBinding binding) => binding.Path.EndsWith(".total", StringComparison.Ordinal);
}

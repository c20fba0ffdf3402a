using System.Globalization;
using DocGen.Core.Validation.CrossChecks;
using DocGen.Import.Document;

namespace DocGen.Import.Recognition.Tables;

/// <summary>
/// A whole national table from pdftotext's text a cell a line (no -layout) when no cell is blank:
/// as many figures as the table has cells. pdftotext writes a table in horizontal bands of
/// consecutive rows, each band row by row or column by column (WPS's PDFs mix both in one table);
/// a column's cells set one under another come out on adjacent lines (one text block), cells side
/// by side never do, and a row's label, a block left of the figures, is written before or after a
/// band read column by column, never amid its columns. So the evidence is the figures' order,
/// which of them share a block, where the row labels fall, the layout's rows and columns (from
/// DocGen.Core) and the 勾稽 rules:
/// <list type="number">
/// <item>every way to cut the rows into bands and read each band either way that fits the blocks,
/// the labels and every row's totals gives each row its candidates (the union over all such
/// readings, so the truth is among them);</item>
/// <item>with rules (tables 三 and 四), <see cref="TablePlacementSolver"/> places a row only when
/// every combination of candidates that satisfies all of them gives it the same figures; without
/// (table 二), a row is placed only when every reading gives it the same figures. The rest are left
/// out, noted with their candidates.</item>
/// </list>
/// A table printing （六）其他处理 as one row (without its sub-rows, as EDITION_2019 has it) is tried
/// that way when the figures' count says so and no label of the group's other rows is among the
/// table's cells; no other group is ever taken as printed as one row.
/// </summary>
public static class LooseTableBands
{
    /// <summary>Rows From..To-1 read one way: per row, per cell, the index of its figure.</summary>
    private sealed record Band(int From, int To, int[][] Rows);

    private static readonly HashSet<string> OneRowGroups =
        DocGen.Core.Layout.ApplicationRows.Edition2019.Where(r => r.Group is null).Select(r => r.Label).ToHashSet(StringComparer.Ordinal);

    /// <summary>Reads the table when it is such text and its figures fill every cell; false (nothing written) otherwise.</summary>
    public static bool TryRead(TableContext table, List<ValueRow> layoutRows)
    {
        var (cells, values) = (table.Cells, table.Values);
        if (cells.Count == 0 || !cells.All(c => c.Unordered) || cells.Any(c => c.Line <= 0)) return false;
        var rules = TableRules.For(layoutRows.SelectMany(r => r.Bindings).Select(b => b.Path).ToHashSet(StringComparer.Ordinal));
        var at = Enumerable.Range(0, cells.Count).Where(i => values[i].Kind != CellValueKind.Text).ToList();
        if (at.Count == 0 || at.Any(i => values[i].Kind != CellValueKind.Number)) return false;
        // The rules and the row totals are checked on whole counts; an amount only where no rule looks (table 二).
        if (rules.Count > 0 && at.Any(i => values[i] is not { Unit: "", Number: >= 0 } v || decimal.Truncate(v.Number) != v.Number))
            return false;
        foreach (var (rows, collapsed) in Variants(table, layoutRows))
        {
            if (rows.Sum(r => r.Bindings.Length) != at.Count) continue;
            return Read(table, rows, collapsed, at, rules);
        }
        return false;
    }

    /// <summary>The layout's rows, then （六）其他处理 printed as one row (its last row's bindings) when no label of its other rows is among the cells.</summary>
    private static IEnumerable<(List<ValueRow> Rows, ValueRow[] Collapsed)> Variants(TableContext table, List<ValueRow> rows)
    {
        yield return (rows, []);
        foreach (var group in rows.Where(r => r.Group is not null).Select(r => r.Group!).Distinct())
        {
            var members = rows.Where(r => r.Group == group).ToArray();
            // Only a group a national format prints as one row: （六）其他处理 in the 2019 format.
            if (members.Length < 2 || !OneRowGroups.Contains(group)) continue;
            var others = members[..^1];
            if (others.Any(m => m.Label is { } label && table.Normal.Any(n => LabelText.NormalMatches(n, LabelText.Normalize(label))))) continue;
            yield return (rows.Where(r => !others.Contains(r)).ToList(), others);
        }
    }

    private static bool Read(TableContext table, List<ValueRow> rows, ValueRow[] collapsed, List<int> at, IReadOnlyList<CrossCheckRule> rules)
    {
        var cells = table.Cells;
        var figures = at.Select(i => table.Values[i].Number).ToArray();
        // joined[k]: figures k and k+1 are on adjacent lines, one of pdftotext's blocks.
        var joined = new bool[figures.Length];
        for (var k = 0; k + 1 < figures.Length; k++) joined[k] = cells[at[k + 1]].Line == cells[at[k]].Line + 1;
        // fenced[k]: a row's label lies between figures k and k+1.
        var labels = rows.Where(r => r.Label is not null).Select(r => LabelText.Normalize(r.Label!)).ToArray();
        var fenced = new bool[figures.Length];
        for (var k = 0; k + 1 < figures.Length; k++)
            for (var i = at[k] + 1; i < at[k + 1] && !fenced[k]; i++)
                fenced[k] = labels.Any(l => LabelText.NormalMatches(table.Normal[i], l));
        var offset = new int[rows.Count + 1];
        for (var r = 0; r < rows.Count; r++) offset[r + 1] = offset[r] + rows[r].Bindings.Length;

        var bands = new List<Band>();
        for (var a = 0; a < rows.Count; a++)
            for (var b = a + 1; b <= rows.Count; b++)
            {
                table.Budget.Check();
                if (Of(a, b, columnWise: false) is { } byRows) bands.Add(byRows);
                if (b - a > 1 && Of(a, b, columnWise: true) is { } byColumns) bands.Add(byColumns);
            }
        var reached = new bool[rows.Count + 1];
        reached[0] = true;
        foreach (var band in bands) // in order of From
            if (reached[band.From]) reached[band.To] = true;
        if (!reached[rows.Count]) return false;
        var finishes = new bool[rows.Count + 1];
        finishes[rows.Count] = true;
        for (var k = bands.Count - 1; k >= 0; k--)
            if (finishes[bands[k].To]) finishes[bands[k].From] = true;

        // Per row, its distinct readings: which figure each cell takes, and the values they give.
        var readings = rows.Select(_ => new List<int[]>()).ToArray();
        foreach (var band in bands.Where(band => reached[band.From] && finishes[band.To]))
            for (var r = band.From; r < band.To; r++)
                if (!readings[r].Any(c => c.AsSpan().SequenceEqual(band.Rows[r - band.From]))) readings[r].Add(band.Rows[r - band.From]);
        var candidates = readings.Select(list => list.Select(c => c.Select(k => figures[k]).ToArray())
            .DistinctBy(DeferredRows.Join).ToList()).ToArray();
        var lines = $"lines {cells[at[0]].Line}–{cells[at[^1]].Line}";
        table.Note("", "", $"{table.Layout.Caption}, {lines}",
            $"read from pdftotext's text as bands of rows, each row by row or column by column as its line blocks and row labels allow ({figures.Length} figures for {figures.Length} cells); a row is placed only where every reading that fits "
            + (rules.Count > 0 ? "the rows' totals and the table's 勾稽 rules gives it the same figures" : "gives it the same figures (the table has no totals or 勾稽 rules)"));
        if (rules.Count == 0)
        {
            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows[r];
                var where = $"{table.Layout.Caption}, row {row.Label ?? "figures"}, {lines}";
                if (readings[r].Count == 1)
                {
                    for (var k = 0; k < row.Bindings.Length; k++)
                    {
                        var cell = at[readings[r][0][k]];
                        CellWriter.Assign(table, row.Bindings[k], cells[cell], table.Values[cell], $"{table.Layout.Caption}, row {row.Label ?? "figures"}, {cells[cell].Where}");
                    }
                    if (row.Bindings.Length > 1)
                        table.Note(row.Path, DeferredRows.Join(candidates[r][0]), where, "the only reading of the text's bands for this row: its label stands between its figures and the next row's");
                    continue;
                }
                foreach (var binding in row.Bindings)
                    table.Note(binding.Path, "", where, $"the text's bands can be read {DeferredRows.Candidates(candidates[r], "ways")} for this row, and the table has no totals or 勾稽 rules to tell which; the field is left out");
            }
            return true;
        }

        // A group printed as one row holds the group's figures: its other rows count 0 in the rules, and are noted as not printed.
        var known = collapsed.SelectMany(r => r.Bindings).ToDictionary(b => b.Path, _ => 0m, StringComparer.Ordinal);
        var outcome = TablePlacementSolver.Solve(known,
            rows.Select((row, r) => new TablePlacementSolver.Row(row.Bindings.Select(b => b.Path).ToArray(), candidates[r])).ToList(),
            rules, ImportLimits.MaxTableSolverNodes);
        foreach (var member in collapsed)
            foreach (var binding in member.Bindings)
                table.Note(binding.Path, "", table.Layout.Caption, $"{member.Group} is printed as one row without {member.Label}; the field is left out");
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var where = $"{table.Layout.Caption}, row {row.Label ?? "figures"}, {lines}";
            var found = DeferredRows.Candidates(candidates[r], "readings");
            if (outcome.Placed[r] is { } placed)
            {
                for (var k = 0; k < row.Bindings.Length; k++) table.Set(row.Bindings[k].Path, placed[k]);
                table.Note(row.Path, DeferredRows.Join(placed), where, candidates[r].Count == 1
                    ? $"the only reading of the text's bands that fits the row's totals, and the table's 勾稽 rules hold with it"
                    : $"the text's bands fit the row's totals in {found}; read as " + (outcome.Solutions == 1
                        ? "the one the table's 勾稽 rules allow"
                        : $"the one all {outcome.Solutions.ToString(CultureInfo.InvariantCulture)} combinations the table's 勾稽 rules allow give it"));
                continue;
            }
            var why = outcome.Exhausted ? "the search of the table's 勾稽 rules ran past its budget"
                : outcome.Solutions == 0 ? "no combination of the rows satisfies the table's 勾稽 rules"
                : "the table's 勾稽 rules do not tell which";
            foreach (var binding in row.Bindings)
                table.Note(binding.Path, "", where, $"the text's bands fit the row's totals in {found}, and {why}; the field is left out");
        }
        return true;

        Band? Of(int a, int b, bool columnWise)
        {
            var height = b - a;
            var width = rows[a].Bindings.Length;
            if (columnWise && rows.Skip(a).Take(height).Any(r => r.Bindings.Length != width)) return null;
            var (start, end) = (offset[a], offset[b]);
            // A block never runs from one band into the next.
            if (start > 0 && joined[start - 1]) return null;
            var taken = rows.Skip(a).Take(height).Select(r => new int[r.Bindings.Length]).ToArray();
            (int Row, int Column) previous = (-1, -1);
            for (var k = start; k < end; k++)
            {
                var slot = columnWise ? ((k - start) % height, (k - start) / height) : RowMajor(k);
                // Figures of one block are one column's cells one under another.
                if (k > start && joined[k - 1] && (slot.Item1 != previous.Row + 1 || slot.Item2 != previous.Column)) return null;
                // A row's label is not written amid a band's columns.
                if (columnWise && k > start && fenced[k - 1]) return null;
                taken[slot.Item1][slot.Item2] = k;
                previous = slot;
            }
            // Rows with a 总计 must match it (a row without one, in table 二, has nothing to check).
            for (var r = 0; r < height; r++)
                if (rows[a + r].Bindings.Any(DeferredRows.IsTotal)
                    && !RowTotals.Confirm(rows[a + r].Bindings, taken[r].Select(k => new CellValue(CellValueKind.Number, figures[k])).ToArray())) return null;
            return new Band(a, b, taken);

            (int, int) RowMajor(int k)
            {
                var r = a;
                while (offset[r + 1] <= k) r++;
                return (r - a, k - offset[r]);
            }
        }
    }
}

using DocGen.Import.Document;

namespace DocGen.Import.Recognition.Tables;

/// <summary>
/// A row's figures from where its label ends: as many as the row has cells, placed by the PDF's
/// rules when the capture drops blank cells, confirmed by the row's totals when it may not keep
/// row order, left out and noted when neither tells which cell a figure belongs to.
/// </summary>
public static class RowFigures
{
    /// <summary>Reads a row's figures from <paramref name="start"/>; returns where the next row may begin.</summary>
    public static int Read(TableContext table, ValueRow row, string rowName, int start)
    {
        var (cells, values) = (table.Cells, table.Values);
        var bindings = row.Bindings;
        if (start < cells.Count && cells[start].RunTogether && bindings.Length > 1)
            return RunTogetherRow.Read(table, row, rowName, start);
        var i = start;
        var taken = new List<int>();
        while (i < cells.Count && taken.Count < bindings.Length)
        {
            if (values[i].Kind == CellValueKind.Text || (taken.Count > 0 && cells[i].StartsRow))
            {
                // Table 四's groups as tables of their own, each under its head (a converter's
                // "| 结果维持 | … | 总计 |" over each): a group that ends where its row ends and fits its 总计 goes on to the next.
                if (row.Label is null && NextGroupRow(table, bindings, taken, i) is var next and >= 0) i = next;
                else break;
            }
            taken.Add(i++);
        }
        var rowEnded = i >= cells.Count || cells[i].StartsRow || values[i].Kind == CellValueKind.Text;
        if (taken.Count == 0 && rowEnded && start > 0 && cells[start - 1].ColumnFromRight >= bindings.Length)
        {
            // The label's line crosses the rules of every figure column and holds no figure: the row's cells are blank.
            foreach (var binding in bindings)
                CellWriter.Assign(table, binding, cells[start - 1] with { Text = "" }, new CellValue(CellValueKind.Empty, 0),
                    table.Where(rowName, cells[start - 1]) + ", a blank cell between the table's rules");
            return i;
        }
        if (taken.Count == 0 && rowEnded && start > 0 && cells[start - 1] is { BlanksDropped: true, Unordered: false, RunTogether: false } label)
        {
            // A label with no figure where blank cells leave no trace: its cells are blank, taken as 0
            // only where the table's 勾稽 rules hold with them (DeferredRows).
            var where = table.Where(rowName, label);
            table.Deferred.Add(new DeferredRow(row, "", where, [new decimal[bindings.Length]],
                "no figure after the row's label, and this capture drops blank cells",
                why => $"no figure after the row's label, and this capture drops blank cells ({why}); the field is left out"));
            return i;
        }
        if (taken.Count > 0 && taken.Count < bindings.Length && rowEnded && cells[taken[0]].BlanksDropped
            && ByRules(taken.Select(t => cells[t]).ToList(), bindings.Length) is { } slots)
        {
            // The table's rules say which column each figure is in; the cells between are blank.
            for (var k = 0; k < bindings.Length; k++)
            {
                var at = slots.IndexOf(k);
                var cell = at >= 0 ? cells[taken[at]] : cells[taken[0]] with { Text = "" };
                var where = table.Where(rowName, cell) + (at >= 0 ? "" : ", a blank cell between the table's rules");
                CellWriter.Assign(table, bindings[k], cell, at >= 0 ? values[taken[at]] : new CellValue(CellValueKind.Empty, 0), where);
            }
            return i;
        }
        if (taken.Count > 0 && taken.Count < bindings.Length && rowEnded && cells[taken[0]].BlanksDropped)
        {
            // Packing the figures left would put them in the wrong columns: they are placed only where
            // the row's totals, or the table's 勾稽 rules, allow one placement; else the row is left out, every cell noted.
            var found = string.Join(" ", taken.Select(t => cells[t].Text));
            var where = table.Where(rowName, cells[taken[0]]);
            var evidence = $"{taken.Count} figure(s) for {bindings.Length} cells, and this capture drops blank cells";
            var leftOut = (string why) => $"{evidence}, so which cell each belongs to cannot be told ({why}); the field is left out";
            if (taken.All(t => values[t] is { Kind: CellValueKind.Number, Unit: "", Number: >= 0 } v && decimal.Truncate(v.Number) == v.Number))
                DeferredRows.PlaceOrDefer(table, row, found, where,
                    RowPlacements.OfFigures(taken.Select(t => values[t].Number).ToArray(), bindings.Select(DeferredRows.IsTotal).ToArray()),
                    evidence, figures => $"{evidence}; placed as {DeferredRows.Join(figures)} (blank cells as 0), the only placement the row's totals allow",
                    why => leftOut(why), tableMustConfirm: cells[taken[0]].Unordered, figures: taken.Select(t => cells[t]).ToArray());
            else
                foreach (var binding in bindings) table.Note(binding.Path, found, where, leftOut("not all whole numbers"));
            return i;
        }
        if (taken.Count == bindings.Length && cells[taken[0]].Unordered && !rowEnded)
        {
            // More figures stand between this label and the next than the row has cells: in text that
            // may not keep row order they may be another row's (every row fits its own totals), so none is kept.
            var more = i;
            while (more < cells.Count && values[more].Kind is CellValueKind.Number && !cells[more].StartsRow) more++;
            var found = string.Join(" ", cells.Skip(taken[0]).Take(more - taken[0]).Select(c => c.Text));
            foreach (var binding in bindings)
                table.Note(binding.Path, found, table.Where(rowName, cells[taken[0]]),
                    $"{more - taken[0]} figures stand between this row's label and the next, and this capture may not keep a table's cells in row order, so which are this row's cannot be told; the field is left out");
            return more;
        }
        if (taken.Count == bindings.Length && cells[taken[0]].Unordered && !RowTotals.Confirm(bindings, taken.Select(t => values[t]).ToArray()))
        {
            var found = string.Join(" ", taken.Select(t => cells[t].Text));
            foreach (var binding in bindings)
                table.Note(binding.Path, found, table.Where(rowName, cells[taken[0]]),
                    "this capture may not keep a table's cells in row order and the row's totals do not confirm these figures; the field is left out");
            return i;
        }
        if (taken.Count == bindings.Length)
            foreach (var (t, k) in taken.Select((t, k) => (t, k)).Where(x => cells[x.t].TextColumn >= 0))
                table.AlignedFigures.Add((cells[t], row, k));
        for (var k = 0; k < bindings.Length; k++)
        {
            if (k < taken.Count)
                CellWriter.Assign(table, bindings[k], cells[taken[k]], values[taken[k]], table.Where(rowName, cells[taken[k]]));
            else
                table.Note(bindings[k].Path, "", table.Where(rowName, cells[Math.Min(start, cells.Count - 1)]),
                    "no figure in this row's cell; the field is left out");
        }
        // Figures beyond the row's cells (a stray cell in a pasted Word table) are reported, not shifted in.
        var extra = i;
        while (extra < cells.Count && values[extra].Kind is CellValueKind.Number && !cells[extra].StartsRow) extra++;
        if (extra > i)
            table.Note(bindings[^1].Path, string.Join(" ", cells.Skip(i).Take(extra - i).Select(c => c.Text)),
                table.Where(rowName, cells[i]), $"{extra - i} more figure(s) than the row has cells; ignored");
        return Math.Max(extra, i);
    }

    /// <summary>
    /// Where the next group of a row of groups (table 四's) starts, when the figures taken so far end
    /// a group whose 总计 they confirm, the cells from <paramref name="at"/> are at most a head's text
    /// cells, and a row of figures follows; else -1.
    /// </summary>
    private static int NextGroupRow(TableContext table, DocGen.Core.Layout.ValueBinding[] bindings, List<int> taken, int at)
    {
        var (cells, values) = (table.Cells, table.Values);
        if (taken.Count == 0 || !DeferredRows.IsTotal(bindings[taken.Count - 1]) || cells[taken[0]].BlanksDropped || cells[taken[0]].Unordered) return -1;
        var groupStart = taken.Count - 1;
        while (groupStart > 0 && !DeferredRows.IsTotal(bindings[groupStart - 1])) groupStart--;
        if (!cells[taken[groupStart]].StartsRow
            || !RowTotals.Confirm(bindings[groupStart..taken.Count], taken.Skip(groupStart).Select(t => values[t]).ToArray())) return -1;
        var passed = 0;
        while (at < cells.Count && values[at].Kind == CellValueKind.Text && passed++ < MaxGroupHeadCells) at++;
        return at < cells.Count && cells[at].StartsRow && values[at].Kind == CellValueKind.Number ? at : -1;
    }

    private const int MaxGroupHeadCells = 8;

    /// <summary>
    /// The binding each figure of a short row belongs to, from the PDF's rules (its column counted
    /// from the right, the figures being the table's last columns), or null when a figure has no
    /// known column or two share one.
    /// </summary>
    private static List<int>? ByRules(List<TableCell> figures, int cellCount)
    {
        var slots = figures.Select(f => f.ColumnFromRight < 0 ? -1 : cellCount - 1 - f.ColumnFromRight).ToList();
        if (slots.Any(s => s < 0 || s >= cellCount) || slots.Distinct().Count() != slots.Count) return null;
        for (var k = 1; k < slots.Count; k++)
        {
            if (slots[k] <= slots[k - 1]) return null;
        }
        return slots;
    }
}

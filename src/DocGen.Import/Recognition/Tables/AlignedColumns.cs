using DocGen.Import.Document;
using DocGen.Import.Reading;

namespace DocGen.Import.Recognition.Tables;

/// <summary>
/// Which cells a short row's figures may sit in, from where <c>pdftotext -layout</c> set them.
/// Its columns are not x: each PDF text block gets the column of the blocks left of it, pushed
/// right by their text (a CJK character takes one column), so a figure's column drifts by more
/// than a table column's width from row to row and from its head. What poppler's column
/// assignment does keep, on one page: a block wholly right of another starts at least
/// <see cref="ColumnAlignedText.BlockGutter"/> columns after the other's end. In a table, a figure
/// in a column right of another's lies wholly right of it; so when figure B starts before figure
/// A's end + 3, B's column is not right of A's. From these pairwise bounds (against the figures of
/// full rows, the lone heads 自然人 and 总计 of table 三, and the other short rows' figures) and
/// each row's order, every figure gets a range of cells; a row's placements outside them are
/// dropped. The table's 勾稽 rules still decide (<see cref="DeferredRows"/>): a row is placed only
/// when every solution agrees. Figures that may share a block with a neighbour carry no column
/// (<see cref="TableCell.TextColumn"/> -1) and only keep their row's order. Bounded by
/// <see cref="ImportLimits.MaxAlignedFigures"/> figures a table; a contradiction (the capture is
/// not what this assumes) narrows nothing.
/// </summary>
public static class AlignedColumns
{
    private sealed class Node(TableCell cell, int lo, int hi, int row)
    {
        public TableCell Cell { get; } = cell;
        public int Lo { get; set; } = lo;
        public int Hi { get; set; } = hi;
        public int Row { get; } = row;
        public int End => Cell.TextColumn + (Cell.ColumnHead is null ? Cell.Text.Length : HeadLength);
        public int HeadLength { get; init; }
    }

    public static void Narrow(TableContext table)
    {
        foreach (var width in table.Deferred.Where(d => d.Figures is not null).Select(d => d.Row.Bindings.Length).Distinct().ToArray())
            Narrow(table, width);
    }

    private static void Narrow(TableContext table, int width)
    {
        var rows = Enumerable.Range(0, table.Deferred.Count)
            .Where(r => table.Deferred[r] is { Figures: { Count: > 0 } f } d && d.Row.Bindings.Length == width && f.Count < width && f.Any(c => c.TextColumn >= 0))
            .ToArray();
        if (rows.Length == 0) return;
        var nodes = new List<Node>();
        var figureNodes = new Dictionary<int, int[]>();
        foreach (var r in rows)
        {
            var figures = table.Deferred[r].Figures!;
            figureNodes[r] = figures.Select((cell, k) => { nodes.Add(new Node(cell, k, width - figures.Count + k, r)); return nodes.Count - 1; }).ToArray();
        }
        foreach (var (cell, row, slot) in table.AlignedFigures)
            if (row.Bindings.Length == width) nodes.Add(new Node(cell, slot, slot, -1));
        var bindings = table.Deferred[rows[0]].Row.Bindings;
        if (bindings.All(b => b.Path.StartsWith("applications.", StringComparison.Ordinal)))
            foreach (var head in table.Cells.Where(c => c.ColumnHead is not null && c.TextColumn >= 0))
            {
                var slot = Array.FindIndex(bindings, b => b.Path.EndsWith(head.ColumnHead == "总计" ? ".total" : ".natural_person", StringComparison.Ordinal));
                // Counted one character wide (a head set upright is one a line): a shorter end bounds fewer figures, never wrongly.
                if (slot >= 0) nodes.Add(new Node(head, slot, slot, -1) { HeadLength = 1 });
            }
        // Fixed figures that stand alike bound alike: one of each is enough.
        nodes = nodes.Where(n => n.Row >= 0).Concat(nodes.Where(n => n.Row < 0)
            .DistinctBy(n => (n.Cell.TextPage, n.Cell.TextColumn, n.End, n.Lo))).ToList();
        if (nodes.Count > ImportLimits.MaxAlignedFigures) return;

        // Edges (a, b): b's cell is not right of a's, as b starts before a's end + the gutter.
        var edges = new List<(int A, int B)>();
        for (var a = 0; a < nodes.Count; a++)
        {
            table.Budget.Check();
            for (var b = 0; b < nodes.Count; b++)
            {
                var (na, nb) = (nodes[a], nodes[b]);
                if (a == b || na.Cell.TextColumn < 0 || nb.Cell.TextColumn < 0 || na.Cell.TextPage != nb.Cell.TextPage) continue;
                // Within a row its order bounds the figures; two fixed figures bound nothing.
                if (na.Row == nb.Row) continue;
                if (nb.Cell.TextColumn < na.End + ColumnAlignedText.BlockGutter) edges.Add((a, b));
            }
        }
        for (var pass = 0; ; pass++)
        {
            table.Budget.Check();
            if (pass > width * nodes.Count) return;
            var changed = false;
            foreach (var (a, b) in edges)
            {
                if (nodes[b].Hi > nodes[a].Hi) (nodes[b].Hi, changed) = (nodes[a].Hi, true);
                if (nodes[a].Lo < nodes[b].Lo) (nodes[a].Lo, changed) = (nodes[b].Lo, true);
            }
            foreach (var ids in figureNodes.Values)
                for (var k = 1; k < ids.Length; k++)
                {
                    if (nodes[ids[k]].Lo <= nodes[ids[k - 1]].Lo) (nodes[ids[k]].Lo, changed) = (nodes[ids[k - 1]].Lo + 1, true);
                    if (nodes[ids[k - 1]].Hi >= nodes[ids[k]].Hi) (nodes[ids[k - 1]].Hi, changed) = (nodes[ids[k]].Hi - 1, true);
                }
            // A contradiction: the text is not laid out as assumed; its columns narrow nothing.
            if (nodes.Any(n => n.Lo > n.Hi)) return;
            if (!changed) break;
        }

        var narrowed = new Dictionary<int, DeferredRow>();
        foreach (var r in rows)
        {
            var deferred = table.Deferred[r];
            var ids = figureNodes[r];
            var values = deferred.Figures!.Select(c => CellValue.Read(c.Text).Number).ToArray();
            var placements = RowPlacements.OfFigures(values, deferred.Row.Bindings.Select(DeferredRows.IsTotal).ToArray(),
                allowed: (k, cell) => nodes[ids[k]].Lo <= cell && cell <= nodes[ids[k]].Hi);
            if (placements.Exhausted || placements.Candidates.Count == 0) return;
            if (placements.Candidates.Count == deferred.Candidates.Count) continue;
            var geometry = $"by the columns pdftotext -layout set the figures at ({Ranges(deferred, ids, nodes)}), {DeferredRows.Candidates(placements.Candidates)}";
            narrowed[r] = deferred with
            {
                Candidates = placements.Candidates,
                Evidence = $"{deferred.Evidence}; {geometry}",
                LeftOut = why => deferred.LeftOut($"{geometry}; {why}"),
            };
        }
        foreach (var (r, row) in narrowed) table.Deferred[r] = row;
    }

    /// <summary>"821 in cell 1, 35 in cells 2–3" (cells counted from 1).</summary>
    private static string Ranges(DeferredRow row, int[] ids, List<Node> nodes) =>
        string.Join(", ", ids.Select((id, k) => nodes[id].Lo == nodes[id].Hi
            ? $"{row.Figures![k].Text} in cell {nodes[id].Lo + 1}"
            : $"{row.Figures![k].Text} in cells {nodes[id].Lo + 1}–{nodes[id].Hi + 1}"));
}

using DocGen.Core.Layout;
using DocGen.Import.Document;
using DocGen.Import.Reading;
using DocGen.Import.Recognition.Tables;
using DocGen.Protos.V1;

namespace DocGen.Import.Recognition;

/// <summary>
/// Reads one national table out of cells in reading order, walking the layout's value rows in
/// print order: <see cref="RowFinder"/> finds a row's label, <see cref="RowFigures"/> reads the
/// figures after it, <see cref="CellWriter"/> writes each. The row with no label (table 四's)
/// starts at the first figure. Cells of a head or of a row the layout does not know are passed over.
/// </summary>
public static class TableReader
{
    /// <param name="printedBefore">An earlier table of the same capture printed every cell (<see cref="EveryCellPrinted"/>).</param>
    /// <returns>Whether this table showed, by its own evidence, that it prints every cell.</returns>
    public static bool Read(TableLayout layout, IReadOnlyList<TableCell> cells, AnnualReport report, List<ImportNote> notes, ImportBudget budget, bool printedBefore = false)
    {
        var table = new TableContext(layout, cells, report, notes, budget);
        var rows = ValueRow.Of(layout);
        if (LooseTableBands.TryRead(table, rows)) return false;
        var cursor = 0;
        var unlabelledTried = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var rowName = row.Label ?? "figures";
            var start = row.Label is null ? RowFinder.FirstFigure(table, cursor) : RowFinder.FindLabel(table, cursor, row.Label);
            if (start < 0 && row.Label is not null)
            {
                start = RowFinder.FindMisprinted(table, cursor, RowFinder.WindowEnd(table, rows, r, cursor), row.Label, out var printed);
                if (start >= 0)
                    table.Note(row.Path, printed, table.Where(rowName, cells[start - 1]), $"row label printed as «{printed}»; read as {row.Label}");
            }
            if (start < 0 && row.Group is not null && IsFirstOfGroup(rows, r)
                && RowFinder.CollapsedGroup(table, cursor, RowFinder.WindowEnd(table, rows, r, cursor), row.Group) is var collapsed and >= 0)
            {
                // The group printed as one row (（六）其他处理 as EDITION_2019 has it): its figures are the group's last row's.
                var members = rows.Skip(r).TakeWhile(x => x.Group == row.Group).ToArray();
                foreach (var member in members[..^1])
                    foreach (var binding in member.Bindings)
                        table.Note(binding.Path, "", layout.Caption, $"{row.Group} is printed as one row without {member.Label}; the field is left out");
                table.Note(members[^1].Path, row.Group, table.Where(row.Group, cells[collapsed - 1]),
                    $"{row.Group} is printed as one row; its figures are read as {members[^1].Label}");
                cursor = RowFigures.Read(table, members[^1], row.Group, collapsed);
                r += members.Length - 1;
                continue;
            }
            if (start < 0 && row.Label is not null && row.Bindings.Length == 1 && RowFinder.FindLineRow(table, cursor, row.Label) is var line and >= 0)
            {
                // Its line stands before the rows read so far: read there, the cursor stays.
                table.Note(row.Bindings[0].Path, cells[line - 1].Text, table.Where(rowName, cells[line - 1]), $"the row {row.Label} stands on a line of its own before the table's other rows; read there");
                RowFigures.Read(table, row, rowName, line);
                continue;
            }
            if (start < 0 && row.Label is not null && r >= unlabelledTried)
            {
                var (read, next) = UnlabelledRows.TryRead(table, rows, r, cursor, out unlabelledTried);
                if (read > 0)
                {
                    cursor = next;
                    r += read - 1;
                    continue;
                }
            }
            if (start < 0)
            {
                foreach (var binding in row.Bindings)
                    table.Note(binding.Path, "", layout.Caption, $"row {rowName} not found; the field is left out");
                continue;
            }
            cursor = RowFigures.Read(table, row, rowName, start);
        }
        var premise = EveryCellPrinted.Decide(table, printedBefore);
        if (premise is not null)
            table.Note("", "", layout.Caption, $"every cell of this table is printed ({premise.Evidence}): each run of digits is read as exactly its row's cells");
        RunTogetherRow.PlaceAll(table, premise);
        DeferredRows.Resolve(table);
        return premise is { OwnEvidence: true };
    }

    private static bool IsFirstOfGroup(List<ValueRow> rows, int r) => r == 0 || rows[r - 1].Group != rows[r].Group;
}

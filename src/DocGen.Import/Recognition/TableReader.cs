using System.Globalization;
using DocGen.Core.Layout;
using DocGen.Import.Document;
using DocGen.Import.Reading;
using DocGen.Protos.V1;

namespace DocGen.Import.Recognition;

/// <summary>
/// Reads one national table out of cells in reading order, walking the layout's value rows in
/// print order: a row's label is its last row-header cell, its figures the cells after that label
/// up to the next text. The row with no label (table 四's) starts at the first figure.
/// Cells of a head or of a row the layout does not know are passed over.
/// </summary>
public static class TableReader
{
    private const string NotApplicableNote = "“{0}” means not applicable; the field is left out";

    /// <summary>A value row of the layout: its own label (null for table 四's), the group label it sits under, its cells' bindings.</summary>
    private sealed record ValueRow(string? Label, string? Group, ValueBinding[] Bindings);

    public static void Read(TableLayout layout, IReadOnlyList<TableCell> cells, AnnualReport report, List<ImportNote> notes, ImportBudget budget)
    {
        var values = cells.Select(c => { budget.Check(); return CellValue.Read(c.Text); }).ToArray();
        // Normalised once: the searches below pass over the cells once per row of the layout.
        var normal = cells.Select(c => LabelText.Normalize(c.Text)).ToArray();
        var rows = ValueRows(layout);
        var cursor = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var rowName = row.Label ?? "figures";
            var start = row.Label is null ? FirstFigure(values, cursor) : FindLabel(cells, normal, cursor, row.Label, budget);
            if (start < 0 && row.Label is not null)
            {
                start = FindMisprinted(cells, normal, cursor, WindowEnd(cells, normal, rows, r, cursor, budget), row.Label, out var printed, budget);
                if (start >= 0)
                    notes.Add(new(row.Bindings[0].Path[..row.Bindings[0].Path.LastIndexOf('.')], printed, Where(layout, rowName, cells[start - 1]),
                        $"row label printed as «{printed}»; read as {row.Label}"));
            }
            if (start < 0 && row.Group is not null && IsFirstOfGroup(rows, r)
                && CollapsedGroup(normal, values, cursor, WindowEnd(cells, normal, rows, r, cursor, budget), row.Group, budget) is var collapsed and >= 0)
            {
                // The group printed as one row (（六）其他处理 as EDITION_2019 has it): its figures are the group's last row's.
                var members = rows.Skip(r).TakeWhile(x => x.Group == row.Group).ToArray();
                foreach (var member in members[..^1])
                    foreach (var binding in member.Bindings)
                        notes.Add(new(binding.Path, "", layout.Caption, $"{row.Group} is printed as one row without {member.Label}; the field is left out"));
                notes.Add(new(members[^1].Bindings[0].Path[..members[^1].Bindings[0].Path.LastIndexOf('.')], row.Group, Where(layout, row.Group, cells[collapsed - 1]),
                    $"{row.Group} is printed as one row; its figures are read as {members[^1].Label}"));
                cursor = ReadFigures(layout, members[^1], row.Group, cells, values, collapsed, report, notes);
                r += members.Length - 1;
                continue;
            }
            if (start < 0)
            {
                foreach (var binding in row.Bindings)
                    notes.Add(new(binding.Path, "", layout.Caption, $"row {rowName} not found; the field is left out"));
                continue;
            }
            cursor = ReadFigures(layout, row, rowName, cells, values, start, report, notes);
        }
    }

    /// <summary>Reads a row's figures from <paramref name="start"/>; returns where the next row may begin.</summary>
    private static int ReadFigures(TableLayout layout, ValueRow row, string rowName, IReadOnlyList<TableCell> cells, CellValue[] values, int start,
        AnnualReport report, List<ImportNote> notes)
    {
        var bindings = row.Bindings;
        var i = start;
        var taken = new List<int>();
        while (i < cells.Count && taken.Count < bindings.Length && values[i].Kind != CellValueKind.Text)
        {
            if (taken.Count > 0 && cells[i].StartsRow) break;
            taken.Add(i++);
        }
        for (var k = 0; k < bindings.Length; k++)
        {
            if (k < taken.Count)
                Assign(bindings[k], cells[taken[k]], values[taken[k]], Where(layout, rowName, cells[taken[k]]), report, notes);
            else
                notes.Add(new(bindings[k].Path, "", Where(layout, rowName, cells[Math.Min(start, cells.Count - 1)]),
                    "no figure in this row's cell; the field is left out"));
        }
        // Figures beyond the row's cells (a stray cell in a pasted Word table) are reported, not shifted in.
        var extra = i;
        while (extra < cells.Count && values[extra].Kind is CellValueKind.Number && !cells[extra].StartsRow) extra++;
        if (extra > i)
            notes.Add(new(bindings[^1].Path, string.Join(" ", cells.Skip(i).Take(extra - i).Select(c => c.Text)),
                Where(layout, rowName, cells[i]), $"{extra - i} more figure(s) than the row has cells; ignored"));
        return Math.Max(extra, i);
    }

    private static List<ValueRow> ValueRows(TableLayout layout)
    {
        var rows = new List<ValueRow>();
        string? group = null;
        var groupRowsLeft = 0;
        foreach (var row in layout.Rows)
        {
            var bindings = row.Cells.Where(c => c.Binding is not null).Select(c => c.Binding!).ToArray();
            if (bindings.Length == 0) continue;
            var heads = row.Cells.Where(c => c.Role == CellRole.RowHeader).ToArray();
            // A head before the row's own label that spans rows is a group (（三）不予公开); the widest span is the results block, not a group.
            if (heads.Length >= 2 && heads[^2].RowSpan > 1 && heads[^2].Text != ApplicationRows.ResultsBlock)
            {
                (group, groupRowsLeft) = (heads[^2].Text, heads[^2].RowSpan);
            }
            rows.Add(new ValueRow(heads.LastOrDefault()?.Text, groupRowsLeft > 0 ? group : null, bindings));
            if (groupRowsLeft > 0) groupRowsLeft--;
        }
        return rows;
    }

    private static bool IsFirstOfGroup(List<ValueRow> rows, int r) => r == 0 || rows[r - 1].Group != rows[r].Group;

    /// <summary>Where the search for a row that was not found stops: the next row whose label is found, or the end.</summary>
    private static int WindowEnd(IReadOnlyList<TableCell> cells, string[] normal, List<ValueRow> rows, int r, int cursor, ImportBudget budget)
    {
        for (var next = r + 1; next < rows.Count; next++)
        {
            if (rows[next].Label is { } label && FindLabel(cells, normal, cursor, label, budget) is var at and >= 0) return at - 1;
        }
        return cells.Count;
    }

    /// <summary>
    /// A label misprinted in the published table (2.其他法律行政止公开 for 2.其他法律行政法规禁止公开):
    /// same enumerator, most of the label's characters in order. Returns the cell after it, or -1.
    /// </summary>
    private static int FindMisprinted(IReadOnlyList<TableCell> cells, string[] normal, int from, int to, string label, out string printed, ImportBudget budget)
    {
        printed = "";
        var expected = LabelText.Normalize(label);
        var mark = expected.IndexOfAny(['.', '、', ')']) + 1;
        if (mark <= 0) return -1;
        for (var i = from; i < to && i < cells.Count; i++)
        {
            budget.Check();
            var text = normal[i];
            if (text.Length < mark + 2 || !text.StartsWith(expected[..mark], StringComparison.Ordinal)) continue;
            if (Similarity.CommonSubsequence(text[mark..], expected[mark..]) >= 0.6 * (expected.Length - mark)
                && text.Length <= expected.Length + 4)
            {
                printed = cells[i].Text;
                return i + 1;
            }
        }
        return -1;
    }

    /// <summary>The cell after a group label followed at once by figures, or -1.</summary>
    private static int CollapsedGroup(string[] normal, CellValue[] values, int from, int to, string group, ImportBudget budget)
    {
        var normalGroup = LabelText.Normalize(group);
        for (var i = from; i < to && i < normal.Length - 1; i++)
        {
            budget.Check();
            if (LabelText.NormalMatches(normal[i], normalGroup) && values[i + 1].Kind is CellValueKind.Number or CellValueKind.NotApplicable) return i + 1;
        }
        return -1;
    }

    private static int FirstFigure(CellValue[] values, int from)
    {
        for (var i = from; i < values.Length; i++)
        {
            if (values[i].Kind is CellValueKind.Number or CellValueKind.NotApplicable) return i;
        }
        return -1;
    }

    /// <summary>The cell after the label's, or -1. A label split over cells (a PDF's lines) is joined back.</summary>
    private static int FindLabel(IReadOnlyList<TableCell> cells, string[] normal, int from, string label, ImportBudget budget)
    {
        var normalLabel = LabelText.Normalize(label);
        for (var i = from; i < cells.Count; i++)
        {
            budget.Check();
            var text = FromLabelStart(normal[i], normalLabel);
            if (LabelText.NormalMatches(text, normalLabel)) return i + 1;
            if (!LabelText.NormalStartsLabel(text, normalLabel)) continue;
            // Join following text cells until the label is whole. Between its pieces may sit the
            // row's figures (set mid-height) and pieces of a neighbouring cell (a group label set
            // beside it); those are passed over.
            var joined = text;
            var figuresAt = -1;
            var passed = 0;
            for (var j = i + 1; j < cells.Count && j < i + 40 && passed <= 6; j++)
            {
                var value = CellValue.Read(cells[j].Text);
                if (value.Kind != CellValueKind.Text)
                {
                    if (figuresAt < 0 && value.Kind != CellValueKind.Empty) figuresAt = j;
                    continue;
                }
                var candidate = joined + cells[j].Text;
                if (LabelText.Matches(candidate, label)) return figuresAt >= 0 ? figuresAt : j + 1;
                if (LabelText.StartsLabel(candidate, label)) joined = candidate;
                else passed++;
            }
            return figuresAt >= 0 ? figuresAt : i + 1;
        }
        return -1;
    }

    /// <summary>
    /// A group label set close beside its row's label runs into it on a PDF line when the gap is
    /// narrower than a character (不予处理4.无正当理由大量反复): the text from where the label starts.
    /// Both are normalised (<see cref="LabelText.Normalize"/>).
    /// </summary>
    private static string FromLabelStart(string t, string l)
    {
        if (l.Length < 3) return t;
        var at = t.AsSpan().IndexOf(l.AsSpan(0, 3), StringComparison.Ordinal);
        return at > 0 ? t[at..] : t;
    }

    private static void Assign(ValueBinding binding, TableCell cell, CellValue value, string where, AnnualReport report, List<ImportNote> notes)
    {
        var isTotal = binding.Path.EndsWith(".total", StringComparison.Ordinal);
        switch (value.Kind)
        {
            case CellValueKind.Number when Fits(binding.Kind, value.Number):
                ReportFieldWriter.Set(report, binding.Path, value.Number);
                break;
            case CellValueKind.Number:
                notes.Add(new(binding.Path, cell.Text, where, $"not a {Describe(binding.Kind)}; the field is left out"));
                break;
            case CellValueKind.Empty when isTotal:
                notes.Add(new(binding.Path, "", where, "总计 left empty; it is computed from the row"));
                break;
            case CellValueKind.Empty:
                ReportFieldWriter.Set(report, binding.Path, 0);
                notes.Add(new(binding.Path, "", where, "empty cell read as 0"));
                break;
            case CellValueKind.NotApplicable:
                notes.Add(new(binding.Path, cell.Text, where, string.Format(CultureInfo.InvariantCulture, NotApplicableNote, cell.Text)));
                break;
        }
    }

    private static bool Fits(ValueKind kind, decimal number) => kind switch
    {
        // A negative count is read as printed: validation reports it (NEGATIVE_COUNT), the import does not hide it.
        ValueKind.Count or ValueKind.SignedCount => decimal.Truncate(number) == number && number <= long.MaxValue && number >= long.MinValue,
        _ => number >= 0,
    };

    private static string Describe(ValueKind kind) => kind switch
    {
        ValueKind.Count or ValueKind.SignedCount => "whole number",
        _ => "amount ≥ 0",
    };

    private static string Where(TableLayout layout, string row, TableCell cell) => $"{layout.Caption}, row {row}, {cell.Where}";
}

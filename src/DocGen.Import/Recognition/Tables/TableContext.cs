using DocGen.Core.Layout;
using DocGen.Import.Document;
using DocGen.Import.Reading;
using DocGen.Protos.V1;

namespace DocGen.Import.Recognition.Tables;

/// <summary>
/// One table being read, shared by its row finder, figure readers and cell writer: the layout, the
/// cells in reading order with their values and normalised text (computed once: the searches pass
/// over the cells once per row of the layout), and the report and notes written to.
/// </summary>
public sealed class TableContext
{
    public TableContext(TableLayout layout, IReadOnlyList<TableCell> cells, AnnualReport report, List<ImportNote> notes, ImportBudget budget)
    {
        (Layout, Cells, Report, Notes, Budget) = (layout, cells, report, notes, budget);
        Values = cells.Select(c => { budget.Check(); return CellValue.Read(c.Text); }).ToArray();
        Normal = cells.Select(c => LabelText.Normalize(c.Text)).ToArray();
    }

    public TableLayout Layout { get; }
    public IReadOnlyList<TableCell> Cells { get; }
    public CellValue[] Values { get; }
    /// <summary>Each cell's text by <see cref="LabelText.Normalize"/>.</summary>
    public string[] Normal { get; }
    public AnnualReport Report { get; }
    public List<ImportNote> Notes { get; }
    public ImportBudget Budget { get; }

    /// <summary>The figures written so far, by path: what the table's 勾稽 rules are checked against.</summary>
    public Dictionary<string, decimal> Known { get; } = new(StringComparer.Ordinal);

    /// <summary>Rows whose figures fit their cells in several ways, placed (or noted) once the whole table is read.</summary>
    public List<DeferredRow> Deferred { get; } = [];

    /// <summary>Rows whose figures ran together into one run of digits, placed once the table is read (<see cref="RunTogetherRow.PlaceAll"/>).</summary>
    public List<RunTogetherRow.Run> Runs { get; } = [];

    /// <summary>Figures of column-aligned text whose cell is known (a row with every cell filled), by binding index: what <see cref="AlignedColumns"/> places short rows against.</summary>
    public List<(TableCell Cell, ValueRow Row, int Slot)> AlignedFigures { get; } = [];

    public void Set(string path, decimal value)
    {
        ReportFieldWriter.Set(Report, path, value);
        Known[path] = value;
    }

    public void Note(string path, string found, string where, string message) => Notes.Add(new(path, found, where, message));

    public string Where(string row, TableCell cell) => $"{Layout.Caption}, row {row}, {cell.Where}";
}

/// <summary>A value row of the layout: its own label (null for table 四's), the group label it sits under, its cells' bindings.</summary>
public sealed record ValueRow(string? Label, string? Group, ValueBinding[] Bindings)
{
    /// <summary>The path the row's bindings share (applications.results.granted for its .natural_person …).</summary>
    public string Path => Bindings[0].Path[..Bindings[0].Path.LastIndexOf('.')];

    /// <summary>The layout's value rows in print order, each with the group it sits under.</summary>
    public static List<ValueRow> Of(TableLayout layout)
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
}

using DocGen.Core.Editions;
using DocGen.Core.Layout;
using D = DocGen.Core.Model;
using P = DocGen.Protos.V1;

namespace DocGen.Contracts;

/// <summary>The national tables of an edition (<see cref="NationalLayout"/>) as the contract's <c>Layout</c> message.</summary>
public static class LayoutMapper
{
    public static P.Layout ToProto(D.Edition edition)
    {
        var layout = new P.Layout { Edition = (P.Edition)(int)edition, EditionName = EditionNames.Of(edition) };
        if (edition is not (D.Edition.Edition2019 or D.Edition.Edition2021)) return layout;
        layout.SectionHeadings.AddRange(NationalLayout.SectionHeadings);
        layout.Tables.AddRange(NationalLayout.Tables(edition).Select(ToProto));
        return layout;
    }

    public static P.LayoutTable ToProto(TableLayout table)
    {
        var grid = TableGrid.Expand(table);
        var proto = new P.LayoutTable
        {
            Key = table.Key,
            Caption = table.Caption,
            ColumnCount = grid.ColumnCount,
            RowCount = grid.RowCount,
            HeaderRowCount = table.HeaderRowCount,
        };
        proto.Cells.AddRange(grid.Cells.Select(ToProto));
        return proto;
    }

    private static P.LayoutCell ToProto(PlacedCell placed)
    {
        var cell = placed.Cell;
        return new P.LayoutCell
        {
            Role = cell.Role switch
            {
                CellRole.GroupHeader => P.LayoutCell.Types.Role.GroupHeader,
                CellRole.ColumnHeader => P.LayoutCell.Types.Role.ColumnHeader,
                CellRole.RowHeader => P.LayoutCell.Types.Role.RowHeader,
                CellRole.Value => P.LayoutCell.Types.Role.Value,
                _ => P.LayoutCell.Types.Role.Unspecified,
            },
            Text = cell.Text,
            Row = placed.Row,
            Column = placed.Column,
            RowSpan = cell.RowSpan,
            ColSpan = cell.ColSpan,
            FieldPath = cell.Binding?.Path ?? "",
            ValueKind = cell.Binding?.Kind switch
            {
                ValueKind.Count => P.LayoutCell.Types.ValueKind.Count,
                ValueKind.SignedCount => P.LayoutCell.Types.ValueKind.SignedCount,
                ValueKind.Amount => P.LayoutCell.Types.ValueKind.Amount,
                _ => P.LayoutCell.Types.ValueKind.Unspecified,
            },
            ComputedWhenOmitted = cell.Binding?.ComputedWhenOmitted ?? false,
        };
    }
}

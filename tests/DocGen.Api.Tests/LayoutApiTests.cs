using DocGen.Api.Tests.Support;
using DocGen.Contracts;
using DocGen.Core.Completion;
using DocGen.Core.Layout;
using DocGen.Protos.V1;
using FieldDescriptor = Google.Protobuf.Reflection.FieldDescriptor;
using FieldType = Google.Protobuf.Reflection.FieldType;
using LayoutCell = DocGen.Protos.V1.LayoutCell;
using Role = DocGen.Protos.V1.LayoutCell.Types.Role;
using Kind = DocGen.Protos.V1.LayoutCell.Types.ValueKind;
using D = DocGen.Core.Model;

namespace DocGen.Api.Tests;

/// <summary>GetLayout: the national tables as data for an editor's grid, from the one definition in DocGen.Core.</summary>
public sealed class LayoutApiTests
{
    public static TheoryData<int, Edition> YearsAndEditions => new()
    {
        { 2008, Edition.Legacy2008 },
        { 2018, Edition.Legacy2008 },
        { 2019, Edition._2019 },
        { 2020, Edition._2019 },
        { 2021, Edition._2021 },
        { 2025, Edition._2021 },
    };

    [Theory]
    [MemberData(nameof(YearsAndEditions))]
    public void GetLayout_YearOnly_EditionFollowsFromTheYear(int year, Edition expected)
    {
        var layout = LayoutApi.GetLayout(new GetLayoutRequest { Year = year });

        Assert.Equal(expected, layout.Edition);
    }

    [Theory]
    [InlineData(2018, "2008年版（各机关自拟章节，无统一表格）")]
    [InlineData(2020, "2019年版（国办公开办函〔2019〕60号）")]
    [InlineData(2023, "2021年版（国办公开办函〔2021〕30号）")]
    public void GetLayout_NamesTheEdition_AsAnEditorKnowsIt(int year, string name)
    {
        var layout = LayoutApi.GetLayout(new GetLayoutRequest { Year = year });

        Assert.Equal(name, layout.EditionName);
    }

    [Fact]
    public void GetLayout_EditionNamed_WinsOverTheYear()
    {
        var layout = LayoutApi.GetLayout(new GetLayoutRequest { Year = 2023, Edition = Edition._2019 });

        Assert.Equal(Edition._2019, layout.Edition);
        Assert.Contains(layout.Tables[0].Cells, c => c.FieldPath == "active_disclosure_2019.procurement_amount");
    }

    [Fact]
    public void GetLayout_Legacy_HasNoTables()
    {
        var layout = LayoutApi.GetLayout(new GetLayoutRequest { Year = 2017 });

        Assert.Empty(layout.Tables);
        Assert.Empty(layout.SectionHeadings);
    }

    [Theory]
    [InlineData(Edition._2019)]
    [InlineData(Edition._2021)]
    public void GetLayout_TablesTwoThreeFour_UnderTheirSectionHeadings(Edition edition)
    {
        var layout = LayoutApi.GetLayout(new GetLayoutRequest { Edition = edition });

        Assert.Equal(["active-disclosure", "applications", "review-litigation"], layout.Tables.Select(t => t.Key));
        Assert.Equal(NationalLayout.SectionHeadings, layout.SectionHeadings);
        Assert.Equal(layout.SectionHeadings.Skip(1).Take(3), layout.Tables.Select(t => t.Caption));
    }

    [Theory]
    [InlineData(Edition._2019)]
    [InlineData(Edition._2021)]
    public void GetLayout_EveryCell_IsTheCoreGridsCellAtItsSlot(Edition edition)
    {
        var layout = LayoutApi.GetLayout(new GetLayoutRequest { Edition = edition });

        foreach (var (table, core) in layout.Tables.Zip(NationalLayout.Tables((D.Edition)(int)edition)))
        {
            var grid = TableGrid.Expand(core);
            Assert.Equal((grid.RowCount, grid.ColumnCount, core.HeaderRowCount), (table.RowCount, table.ColumnCount, table.HeaderRowCount));
            Assert.Equal(grid.Cells.Count, table.Cells.Count);
            foreach (var cell in table.Cells)
            {
                var placed = grid.At(cell.Row, cell.Column);
                Assert.Equal((placed.Row, placed.Column), (cell.Row, cell.Column));
                Assert.Equal((placed.Cell.RowSpan, placed.Cell.ColSpan), (cell.RowSpan, cell.ColSpan));
                Assert.Equal(placed.Cell.Text, cell.Text);
                Assert.Equal(placed.Cell.Binding?.Path ?? "", cell.FieldPath);
                Assert.Equal(placed.Cell.Role == CellRole.Value, cell.Role == Role.Value);
            }
        }
    }

    [Theory]
    [InlineData(Edition._2019)]
    [InlineData(Edition._2021)]
    public void GetLayout_ValueCells_NameFieldsOfTheContractOnce(Edition edition)
    {
        var values = ValueCells(edition).ToArray();

        Assert.Equal(values.Length, values.Select(c => c.FieldPath).Distinct().Count());
        foreach (var cell in values)
        {
            var field = Field(cell.FieldPath);
            Assert.Equal(cell.ValueKind == Kind.Amount ? FieldType.String : FieldType.Int64, field.FieldType);
        }
    }

    [Theory]
    [InlineData(Edition._2019)]
    [InlineData(Edition._2021)]
    public void ComputedWhenOmitted_FlagsExactlyTheCellsCompletionFillsIn(Edition edition)
    {
        var counts = ValueCells(edition).Where(c => c.ValueKind != Kind.Amount).ToArray();
        var flagged = counts.Where(c => c.ComputedWhenOmitted).ToArray();
        Assert.NotEmpty(flagged);

        // Every other figure 1 and the flagged ones left out: completion computes each flagged one (a sum, so above 0).
        var filled = Complete(edition, counts.Where(c => !c.ComputedWhenOmitted).Select(c => c.FieldPath));
        Assert.All(flagged, c => Assert.True(ProtoCells.Get(filled, c.FieldPath) > 0, c.FieldPath));

        // An unflagged figure left out stays 0 while every other figure is 1: completion never fills it.
        foreach (var cell in counts.Where(c => !c.ComputedWhenOmitted))
        {
            var others = counts.Where(c => c != cell).Select(c => c.FieldPath);
            Assert.True(ProtoCells.Get(Complete(edition, others), cell.FieldPath) == 0, cell.FieldPath);
        }
    }

    [Fact]
    public void GetLayout_YearBefore2008WithoutEdition_InvalidArgumentNamingYear()
    {
        var e = Assert.Throws<ApiException>(() => LayoutApi.GetLayout(new GetLayoutRequest { Year = 2007 }));

        Assert.Equal(ApiStatusCode.InvalidArgument, e.Code);
        Assert.StartsWith("year is 2007", e.Message);
    }

    [Fact]
    public void GetLayout_EditionTheContractDoesNotDefine_InvalidArgumentNamingEdition()
    {
        var e = Assert.Throws<ApiException>(() => LayoutApi.GetLayout(new GetLayoutRequest { Edition = (Edition)9 }));

        Assert.Equal(ApiStatusCode.InvalidArgument, e.Code);
        Assert.StartsWith("edition is 9", e.Message);
    }

    private static IEnumerable<LayoutCell> ValueCells(Edition edition) =>
        LayoutApi.GetLayout(new GetLayoutRequest { Edition = edition }).Tables.SelectMany(t => t.Cells).Where(c => c.Role == Role.Value);

    private static FieldDescriptor Field(string path)
    {
        var names = path.Split('.');
        var message = AnnualReport.Descriptor;
        foreach (var name in names[..^1]) message = message.FindFieldByName(name).MessageType;
        return message.FindFieldByName(names[^1]) ?? throw new Xunit.Sdk.XunitException($"{path} is no field of AnnualReport");
    }

    private static AnnualReport Complete(Edition edition, IEnumerable<string> onePaths)
    {
        var report = new AnnualReport { Edition = edition, Year = 2023 };
        foreach (var path in onePaths) ProtoCells.Set(report, path, 1);
        return ReportMapper.ToProto(ReportCompleter.Complete(ReportMapper.ToDomain(report)));
    }
}

using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Core.Tests.Layout;

public class NationalLayoutTests
{
    public static TheoryData<Edition> Editions => new() { Edition.Edition2019, Edition.Edition2021 };

    [Theory]
    [MemberData(nameof(Editions))]
    public void Tables_KeysCaptionsAndHeads(Edition edition)
    {
        var tables = NationalLayout.Tables(edition);

        Assert.Equal(
            [
                ("active-disclosure", "二、主动公开政府信息情况", 4, 0),
                ("applications", "三、收到和处理政府信息公开申请情况", 10, 3),
                ("review-litigation", "四、政府信息公开行政复议、行政诉讼情况", 15, 3),
            ],
            tables.Select(t => (t.Key, t.Caption, t.ColumnCount, t.HeaderRowCount)));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Tables_HeadRowsHoldLabelsOnly_BodyRowsOfTables3And4HoldFigures(Edition edition)
    {
        foreach (var table in NationalLayout.Tables(edition))
        {
            Assert.All(table.HeaderRows.SelectMany(r => r.Cells), c => Assert.Equal(CellRole.ColumnHeader, c.Role));
        }
        foreach (var table in new[] { NationalLayout.Applications(edition), NationalLayout.ReviewLitigation() })
        {
            Assert.All(table.BodyRows, r => Assert.Contains(r.Cells, c => c.Role == CellRole.Value));
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void ActiveDisclosure_BlockTitlesAreGroupHeadersAcrossTheTable(Edition edition)
    {
        var titles = NationalLayout.ActiveDisclosure(edition).Rows
            .Where(r => r.Cells is [{ Role: CellRole.GroupHeader }])
            .Select(r => (r.Cells[0].Text, r.Cells[0].ColSpan));

        Assert.Equal(
            edition == Edition.Edition2019 ? ["（一）", "（五）", "（六）", "（八）", "（九）"] : ["（一）", "（五）", "（六）", "（八）"],
            titles.Select(t => t.Text.Replace("第二十条第", "", StringComparison.Ordinal).Replace("项", "", StringComparison.Ordinal)));
        Assert.All(titles, t => Assert.Equal(4, t.ColSpan));
    }

    [Fact]
    public void Applications_2019ResultsBlockSpans20Rows_2021Spans22()
    {
        static int ResultsSpan(Edition edition) => NationalLayout.Applications(edition).Rows
            .SelectMany(r => r.Cells).Single(c => c.Text == ApplicationRows.ResultsBlock).RowSpan;

        Assert.Equal((20, 22), (ResultsSpan(Edition.Edition2019), ResultsSpan(Edition.Edition2021)));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Bindings_AmountsAndSignedCountsWhereTheSpecSays(Edition edition)
    {
        var bindings = NationalLayout.Tables(edition).SelectMany(t => t.Bindings).ToArray();

        var amounts = bindings.Where(b => b.Kind == ValueKind.Amount).Select(b => b.Path);
        var signed = bindings.Where(b => b.Kind == ValueKind.SignedCount).Select(b => b.Path);
        if (edition == Edition.Edition2021)
        {
            Assert.Equal(["active_disclosure_2021.fee_amount_wan_yuan"], amounts);
            Assert.Empty(signed);
        }
        else
        {
            Assert.Equal(["active_disclosure_2019.procurement_amount"], amounts);
            Assert.Equal(
                ["licensing", "other_services", "penalty", "enforcement", "fees"],
                signed.Select(p => p.Split('.')[1]));
        }
    }

    [Fact]
    public void Edition_Legacy_HasNoTables()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NationalLayout.Applications(Edition.Legacy2008));
    }
}

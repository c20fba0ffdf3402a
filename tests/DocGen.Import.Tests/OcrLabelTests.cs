using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Import.Document;
using DocGen.Import.Reading;
using DocGen.Import.Recognition;
using DocGen.Import.Recognition.Tables;

namespace DocGen.Import.Tests;

/// <summary>Row labels as Tesseract read them in the scan of 淮安市 2024's WPS PDF (Corpus/huaian-gov-2024.scan.pdf).</summary>
public sealed class OcrLabelTests
{
    [Fact]
    public void Matches_BracketReadAsAnAngleBracket_IsTheLabel()
    {
        Assert.True(LabelText.Matches("〈七)总计", "（七）总计"));
    }

    [Fact]
    public void Matches_AngleBracketAroundAnotherNumber_IsNotTheLabel()
    {
        Assert.False(LabelText.Matches("〈六)总计", "（七）总计"));
    }
}

/// <summary>
/// A long row label OCR misread by a character and broke over three lines of its cell, the row's
/// figures on the middle one: the cells as the scan of 淮安市 2024 (Corpus/huaian-gov-2024.scan.pdf)
/// gives them on page 5, lines 9–16.
/// </summary>
public sealed class OcrBrokenLabelTests
{
    private const string Label = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请";

    private static TableContext Table(params string[] cells) =>
        new(NationalLayout.Applications(Edition.Edition2021), cells.Select(c => new TableCell(c, "page 5")).ToList(), new(), [], ImportBudget.Unbounded);

    [Fact]
    public void FindMisprinted_LabelMisreadAndBrokenOverLines_FindsTheRowsFigures()
    {
        var table = Table("具已获取信息", "1", "2", "2", "1、申请人无正当理由诊期不补", "正、行政机关不再处理其政府信", "67", "3", "0", "0", "1", "0", "71",
            "息公开申请", "(六)其", "2、申请人逾期未按收费通知要");

        var at = RowFinder.FindMisprinted(table, 0, table.Cells.Count, Label, out var printed);

        Assert.Equal("67", table.Cells[at].Text);
        Assert.Equal("1、申请人无正当理由诊期不补正、行政机关不再处理其政府信息公开申请", printed);
    }

    [Fact]
    public void FindMisprinted_PiecesOfAnotherLabel_FindsNothing()
    {
        var table = Table("1、申请人无正当理由诊期不补", "67", "3", "0", "0", "1", "0", "71", "2、申请人逾期未按收费通知要", "求缴纳费用");

        Assert.Equal(-1, RowFinder.FindMisprinted(table, 0, table.Cells.Count, Label, out _));
    }
}

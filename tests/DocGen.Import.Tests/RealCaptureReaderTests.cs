using DocGen.Core.Model;

namespace DocGen.Import.Tests;

/// <summary>Reader failures the corpus showed on real documents, each pinned by the document that showed it.</summary>
public sealed class RealCaptureReaderTests
{
    private static Recognition.RecognizedReport Import(string name) =>
        ReportImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Corpus", name)), "", name, Edition.Unspecified, CancellationToken.None);

    /// <summary>
    /// shuyang.gov.cn 2023 printed by Chromium: 行政事业性收费 fills its cell, so the 0 beside it sits
    /// closer than a character; the table's rule between them still ends the label's cell.
    /// </summary>
    [Fact]
    public void Import_BrowserPdfFigureTightAgainstItsLabel_IsSplitAtTheRule()
    {
        var imported = Import("shuyang-drc-2023.chromium.pdf");

        Assert.Equal("0", imported.Report.ActiveDisclosure2021.FeeAmountWanYuan);
        Assert.DoesNotContain(imported.Notes, n => n.Path == "active_disclosure_2021.fee_amount_wan_yuan");
    }

    /// <summary>
    /// The 2024 洪泽区 PDF through pdftotext -layout: （二）部分公开's label broken over two lines, the
    /// first with commas ("…只计这一情 形，不"), its figures on a third line.
    /// </summary>
    [Fact]
    public void Import_ColumnAlignedLabelBrokenOverLines_IsJoinedToItsFigures()
    {
        var imported = Import("huaian-hongze-2024.layout.txt");

        var partial = imported.Report.Applications.PartiallyDisclosed;
        Assert.Equal((9L, 9L), ((long)partial.NaturalPerson, (long)partial.Total));
        Assert.DoesNotContain(imported.Notes, n => n.Path.StartsWith("applications.partially_disclosed", StringComparison.Ordinal));
    }
}

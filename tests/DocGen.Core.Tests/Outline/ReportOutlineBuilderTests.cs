using DocGen.Core.Completion;
using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Core.Outline;
using DocGen.Core.Tests.Support;

namespace DocGen.Core.Tests.Outline;

public class ReportOutlineBuilderTests
{
    [Fact]
    public void Build_Edition2021_SixSectionsWithTablesUnder二三四()
    {
        var report = ReportCompleter.Complete(FixtureReports.Report("panjin-commerce-2022"));

        var outline = ReportOutlineBuilder.Build(report, Edition.Edition2021);

        Assert.Equal(NationalLayout.SectionHeadings, outline.Sections.Select(s => s.Heading));
        Assert.Equal(["s1", "s2", "s3", "s4", "s5", "s6"], outline.Sections.Select(s => s.Anchor));
        Assert.Equal([null, "active-disclosure", "applications", "review-litigation", null, null],
            outline.Sections.Select(s => s.Table?.Key));
        Assert.Same(report.OtherMatters, outline.Sections[5].Narrative);
        Assert.Equal("盘锦市商务局2022年政府信息公开工作年度报告", outline.Title);
    }

    [Fact]
    public void Build_Edition2019_Uses2019Tables()
    {
        var report = ReportCompleter.Complete(FixtureReports.Report("minhou-commerce-2020"));

        var outline = ReportOutlineBuilder.Build(report, Edition.Edition2019);

        Assert.Same(NationalLayout.ActiveDisclosure(Edition.Edition2019), outline.Sections[1].Table);
        Assert.Same(NationalLayout.Applications(Edition.Edition2019), outline.Sections[2].Table);
    }

    [Fact]
    public void Build_Legacy_TheReportsOwnSectionsInOrder()
    {
        var report = FixtureReports.Report("zhangdian-commerce-2017");

        var outline = ReportOutlineBuilder.Build(report, Edition.Legacy2008);

        Assert.Equal(report.Sections.Select(s => s.Heading), outline.Sections.Select(s => s.Heading));
        Assert.Equal(Enumerable.Range(1, report.Sections.Count).Select(i => $"s{i}"), outline.Sections.Select(s => s.Anchor));
        Assert.All(outline.Sections, s => Assert.Null(s.Table));
        Assert.Same(report.Preamble, outline.Preamble);
    }
}

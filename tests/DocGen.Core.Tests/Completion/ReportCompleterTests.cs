using DocGen.Core.Completion;
using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Core.Tests.Support;

namespace DocGen.Core.Tests.Completion;

public class ReportCompleterTests
{
    [Fact]
    public void Complete_RowTotalLeftOut_IsTheSumOfTheSixColumns()
    {
        var report = new AnnualReport
        {
            Year = 2023,
            Applications = new() { NewReceived = new ApplicantCounts(NaturalPerson: 12, CommercialEnterprise: 3, OtherOrg: 1) },
        };

        var completed = ReportCompleter.Complete(report);

        Assert.Equal(16, completed.Applications!.NewReceived!.Total);
    }

    [Fact]
    public void Complete_TotalSent_KeptEvenWhenWrong()
    {
        var report = new AnnualReport
        {
            Year = 2023,
            Applications = new() { NewReceived = new ApplicantCounts(NaturalPerson: 12, Total: 13) },
            ReviewLitigation = new() { AdministrativeReview = new CaseOutcomes(Upheld: 1, Total: 5) },
        };

        var completed = ReportCompleter.Complete(report);

        Assert.Equal(13, completed.Applications!.NewReceived!.Total);
        Assert.Equal(5, completed.ReviewLitigation!.AdministrativeReview!.Total);
    }

    [Fact]
    public void Complete_ResultsTotalLeftOut_IsTheColumnSumOfTheResultRows()
    {
        var report = new AnnualReport
        {
            Year = 2023,
            Applications = new()
            {
                Disclosed = new ApplicantCounts(NaturalPerson: 5, LegalServiceOrg: 1),
                Withheld = new() { StateSecret = new ApplicantCounts(NaturalPerson: 2) },
                OtherHandling = new() { UnpaidFees = new ApplicantCounts(CommercialEnterprise: 4) },
            },
        };

        var results = ReportCompleter.Complete(report).Applications!.ResultsTotal!;

        Assert.Equal(new ApplicantCounts(NaturalPerson: 7, CommercialEnterprise: 4, LegalServiceOrg: 1, Total: 12), results);
    }

    [Fact]
    public void Complete_Edition2019_SumsOnlyItsSingleOtherHandlingRow()
    {
        var report = new AnnualReport
        {
            Year = 2020,
            Applications = new()
            {
                OtherHandling = new() { Other = new ApplicantCounts(NaturalPerson: 3), UnpaidFees = new ApplicantCounts(NaturalPerson: 100) },
            },
        };

        var results = ReportCompleter.Complete(report).Applications!.ResultsTotal!;

        Assert.Equal(3, results.Total);
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2023)]
    public void Complete_EmptyReport_EveryTableCellHasAValue(int year)
    {
        var completed = ReportCompleter.Complete(new AnnualReport { Agency = "某局", Year = year });
        var edition = year < 2021 ? Edition.Edition2019 : Edition.Edition2021;

        foreach (var row in ApplicationRows.For(edition))
        {
            Assert.NotNull(row.Select(completed.Applications!)?.Total);
        }
        Assert.All(ReviewLitigationColumns.Groups, g => Assert.Equal(0, g.Select(completed.ReviewLitigation!)?.Total));
        Assert.Equal(edition == Edition.Edition2021, completed.ActiveDisclosure2021 is not null);
        Assert.Equal(edition == Edition.Edition2019, completed.ActiveDisclosure2019 is not null);
        Assert.All(NationalLayout.Tables(edition).SelectMany(t => t.Bindings), b => Assert.Equal("0", b.Format(completed)));
    }

    [Fact]
    public void Complete_LegacyReport_Unchanged()
    {
        var report = new AnnualReport { Year = 2017, Sections = [new Section("一、概述", new RichText("文字"))] };

        Assert.Same(report, ReportCompleter.Complete(report));
    }

    [Fact]
    public void Complete_ValidReportWithTotalsLeftOut_SameTotalsAsSent()
    {
        var sent = ValidReports.Full(Edition.Edition2021, 4, 0, 9, 1, 0, 30);
        var stripped = sent with
        {
            Applications = ApplicationRows.Edition2021.Aggregate(sent.Applications!, (s, row) => row.With(s, row.Select(s)! with { Total = null }))
                with
            { ResultsTotal = null },
        };

        var completed = ReportCompleter.Complete(stripped);

        Assert.Equal(sent.Applications, completed.Applications);
    }
}

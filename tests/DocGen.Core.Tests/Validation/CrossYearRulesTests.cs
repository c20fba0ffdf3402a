using DocGen.Core.Model;
using DocGen.Core.Validation;

namespace DocGen.Core.Tests.Validation;

public sealed class CrossYearRulesTests
{
    private static AnnualReport Report(string agency, int year, ApplicantCounts? carriedOver = null, ApplicantCounts? carriedForward = null) => new()
    {
        Agency = agency,
        Year = year,
        Applications = new ApplicationStats { CarriedOver = carriedOver ?? ApplicantCounts.Zero, CarriedForward = carriedForward ?? ApplicantCounts.Zero },
    };

    [Fact]
    public void Check_CarriedOverEqualsLastYearsCarriedForward_FindsNothing()
    {
        var previous = Report("某市商务局", 2022, carriedForward: new(NaturalPerson: 3, OtherOrg: 1));
        var report = Report("某市商务局", 2023, carriedOver: new(NaturalPerson: 3, OtherOrg: 1, Total: 4));

        Assert.Empty(CrossYearRules.Check(report, previous));
    }

    [Fact]
    public void Check_ColumnsDiffer_OneFindingPerColumnNamingBothReports()
    {
        var previous = Report("某市商务局", 2022, carriedForward: new(NaturalPerson: 3, CommercialEnterprise: 1));
        var report = Report("某市商务局", 2023, carriedOver: new(NaturalPerson: 2, CommercialEnterprise: 1));

        var findings = CrossYearRules.Check(report, previous);

        Assert.Equal(["applications.carried_over.natural_person", "applications.carried_over.total"], findings.Select(f => f.Path).ToArray());
        Assert.All(findings, f => Assert.Equal((FindingCodes.CarriedOverMismatch, FindingSeverity.Error), (f.Code, f.Severity)));
        Assert.Equal((3L, 2L), (findings[0].Expected, findings[0].Actual));
        Assert.Contains("某市商务局2022年报告", findings[0].Message);
        Assert.Contains("某市商务局2023年报告", findings[0].Message);
        Assert.Contains("自然人", findings[0].Message);
    }

    [Theory]
    [InlineData("某市商务局", 2021)]  // not the year before
    [InlineData("某市商务局", 2023)]  // the same year
    [InlineData("某市财政局", 2022)]  // another agency
    [InlineData("", 2022)]            // no agency to match
    public void Check_NotTheSameAgencysYearBefore_FindsNothing(string agency, int year)
    {
        var previous = Report(agency, year, carriedForward: new(NaturalPerson: 9));
        var report = Report("某市商务局", 2023);

        Assert.Empty(CrossYearRules.Check(report, previous));
    }
}

using DocGen.Core.Completion;
using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Core.Tests.Support;

namespace DocGen.Core.Tests.Layout;

public class ValueBindingTests
{
    private static string Cell(AnnualReport completed, Edition edition, string path) =>
        NationalLayout.Tables(edition).SelectMany(t => t.Bindings).Single(b => b.Path == path).Format(completed);

    [Theory]
    [InlineData("applications.new_received.natural_person", "1200")]
    [InlineData("applications.new_received.total", "1331")]
    [InlineData("applications.carried_over.research_institution", "0")]
    [InlineData("applications.withheld.safety_and_stability.total", "1")]
    [InlineData("applications.other_handling.unpaid_fees.natural_person", "1")]
    [InlineData("applications.carried_forward.other_org", "-1")]
    [InlineData("active_disclosure_2021.rules.repealed", "0")]
    [InlineData("active_disclosure_2021.licensing_decisions", "5321")]
    [InlineData("active_disclosure_2021.fee_amount_wan_yuan", "12.35")]
    [InlineData("review_litigation.litigation_direct.total", "7")]
    [InlineData("review_litigation.litigation_after_review.corrected", "0")]
    public void Format_BrokenFixture_PrintsWhatWasSent(string path, string expected)
    {
        var completed = ReportCompleter.Complete(FixtureReports.Report("synthetic-broken-2023"));

        Assert.Equal(expected, Cell(completed, Edition.Edition2021, path));
    }

    [Theory]
    [InlineData("", "0")]
    [InlineData(" 12.50 ", "12.5")]
    [InlineData("3.0000", "3")]
    [InlineData("0.0001", "0.0001")]
    [InlineData("1,5", "1,5")]
    public void Amount_Text_Normalised(string sent, string printed)
    {
        Assert.Equal(printed, CellText.Amount(sent));
    }

    [Fact]
    public void Bindings_EveryPathOnce_PerEdition()
    {
        foreach (var edition in new[] { Edition.Edition2019, Edition.Edition2021 })
        {
            var paths = NationalLayout.Tables(edition).SelectMany(t => t.Bindings).Select(b => b.Path).ToArray();

            Assert.Equal(paths.Length, paths.Distinct().Count());
        }
    }
}

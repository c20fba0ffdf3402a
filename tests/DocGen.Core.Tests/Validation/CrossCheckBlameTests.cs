using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Core.Tests.Support;
using DocGen.Core.Validation;

namespace DocGen.Core.Tests.Validation;

/// <summary>How mistakes in tables 三 and 四 turn into findings: one per mistake, at the mistyped cell where it can be known.</summary>
public class CrossCheckBlameTests
{
    private const int ThisYear = 2026;

    private static readonly AnnualReport Valid = ValidReports.Full(Edition.Edition2021, 3, 0, 7, 1, 12, 0, 2, 5);

    private static AnnualReport Retype(AnnualReport report, params (string Path, int Delta)[] changes) =>
        changes.Aggregate(report, (r, change) =>
            ValueCell.Of(r, Edition.Edition2021).Single(c => c.Path == change.Path).Add(r, change.Delta));

    private static AnnualReport LeaveOut(AnnualReport report, params ApplicationRow[] rows) => report with
    {
        Applications = rows.Aggregate(report.Applications!, (s, row) => row.With(s, row.Select(s)! with { Total = null })),
    };

    private static (string Code, string Path)[] Errors(AnnualReport report) =>
        ReportValidator.Validate(report, ThisYear).Findings.Where(f => f.IsError).Select(f => (f.Code, f.Path)).Order().ToArray();

    public static TheoryData<string, (string, int)[], (string, string)[]> Mistakes => new()
    {
        {
            "a figure breaks its row and its column",
            [("applications.disclosed.natural_person", 10)],
            [(FindingCodes.InconsistentCell, "applications.disclosed.natural_person")]
        },
        {
            "a row total breaks its row and the 总计 column",
            [("applications.withheld.third_party_rights.total", -1)],
            [(FindingCodes.ApplicantRowTotal, "applications.withheld.third_party_rights.total")]
        },
        {
            "the grand total breaks three checks",
            [("applications.results_total.total", 1)],
            [(FindingCodes.ResultsTotal, "applications.results_total.total")]
        },
        {
            "a carried-over figure breaks its row and its column's balance",
            [("applications.carried_over.legal_service_org", 4)],
            [(FindingCodes.InconsistentCell, "applications.carried_over.legal_service_org")]
        },
        {
            "two mistakes in different rows and columns",
            [("applications.disclosed.natural_person", 3), ("applications.unavailable.not_held.commercial_enterprise", 2)],
            [(FindingCodes.InconsistentCell, "applications.disclosed.natural_person"),
             (FindingCodes.InconsistentCell, "applications.unavailable.not_held.commercial_enterprise")]
        },
        {
            "two mistakes in one row",
            [("applications.disclosed.natural_person", 3), ("applications.disclosed.commercial_enterprise", 2)],
            [(FindingCodes.InconsistentCell, "applications.disclosed.natural_person"),
             (FindingCodes.InconsistentCell, "applications.disclosed.commercial_enterprise")]
        },
        {
            "two figures of a row swapped: any result row could be the one, so the column checks speak",
            [("applications.disclosed.natural_person", 2), ("applications.disclosed.legal_service_org", -2)],
            [(FindingCodes.ResultsTotal, "applications.results_total.natural_person"),
             (FindingCodes.ResultsTotal, "applications.results_total.legal_service_org")]
        },
        {
            "two figures of a row swapped, one now negative: that row it is",
            [("applications.withheld.state_secret.natural_person", 4), ("applications.withheld.state_secret.other_org", -4)],
            [(FindingCodes.InconsistentCell, "applications.withheld.state_secret.natural_person"),
             (FindingCodes.NegativeCount, "applications.withheld.state_secret.other_org")]
        },
        {
            "two mistakes in one column",
            [("applications.disclosed.legal_service_org", 1), ("applications.not_processed.excessive.legal_service_org", 6)],
            [(FindingCodes.InconsistentCell, "applications.disclosed.legal_service_org"),
             (FindingCodes.InconsistentCell, "applications.not_processed.excessive.legal_service_org")]
        },
        {
            "two mistakes of the same size fit the other corners of their rectangle as well: each check is reported",
            [("applications.disclosed.natural_person", 3), ("applications.unavailable.not_held.commercial_enterprise", 3)],
            [(FindingCodes.ApplicantRowTotal, "applications.disclosed.total"),
             (FindingCodes.ApplicantRowTotal, "applications.unavailable.not_held.total"),
             (FindingCodes.ResultsTotal, "applications.results_total.commercial_enterprise"),
             (FindingCodes.ResultsTotal, "applications.results_total.natural_person")]
        },
        {
            "a figure driven negative is reported once, as negative",
            [("applications.not_processed.duplicate.other_org", -100)],
            [(FindingCodes.NegativeCount, "applications.not_processed.duplicate.other_org")]
        },
        {
            "a table 四 figure: only its group's total can tell",
            [("review_litigation.administrative_review.corrected", 2)],
            [(FindingCodes.ReviewLitigationTotal, "review_litigation.administrative_review.total")]
        },
        {
            "a table 四 figure driven negative is reported once, as negative",
            [("review_litigation.litigation_after_review.upheld", -50)],
            [(FindingCodes.NegativeCount, "review_litigation.litigation_after_review.upheld")]
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Validate_Mistakes_OneFindingEachAtTheMistypedCell(string _, (string, int)[] changes, (string, string)[] expected)
    {
        Assert.Equal(expected.Order().ToArray(), Errors(Retype(Valid, changes)));
    }

    [Fact]
    public void Validate_FigureUnderALeftOutRowTotal_StillBlamedThroughTheColumnBalance()
    {
        var report = LeaveOut(Valid, ApplicationRows.NewReceived);

        Assert.Equal([(FindingCodes.InconsistentCell, "applications.new_received.natural_person")],
            Errors(Retype(report, ("applications.new_received.natural_person", 5))));
    }

    [Fact]
    public void Validate_ResultsTotalRowLeftOut_FigureBlamedThroughTheBalance()
    {
        var leftOut = LeaveOut(Valid, ApplicationRows.Disclosed);
        var report = leftOut with { Applications = leftOut.Applications! with { ResultsTotal = null } };

        Assert.Equal([(FindingCodes.InconsistentCell, "applications.disclosed.natural_person")],
            Errors(Retype(report, ("applications.disclosed.natural_person", 4))));
    }

    [Fact]
    public void Validate_TwoFiguresEquallySuspect_NamesTheColumnCheckOnce()
    {
        // With both row totals left out, 一 and 二 of a column take part in exactly the same checks.
        var report = LeaveOut(Valid, ApplicationRows.NewReceived, ApplicationRows.CarriedOver);

        Assert.Equal([(FindingCodes.ApplicationBalance, "applications.carried_forward.natural_person")],
            Errors(Retype(report, ("applications.carried_over.natural_person", 2))));
    }

    [Fact]
    public void Validate_TwoMistakesInTwoTable4Groups_EachGroupTotalOnce()
    {
        Assert.Equal(
            [(FindingCodes.ReviewLitigationTotal, "review_litigation.administrative_review.total"),
             (FindingCodes.ReviewLitigationTotal, "review_litigation.litigation_direct.total")],
            Errors(Retype(Valid, ("review_litigation.administrative_review.upheld", 1), ("review_litigation.litigation_direct.pending", 2))));
    }

    [Fact]
    public void Validate_LeftOutTotals_NeverReported()
    {
        var report = LeaveOut(Valid, [.. ApplicationRows.Edition2021]) with
        {
            ReviewLitigation = new ReviewLitigation { AdministrativeReview = new CaseOutcomes(Upheld: 3, Pending: 1) },
        };

        Assert.Empty(Errors(report));
    }

    [Fact]
    public void Validate_InconsistentCell_MessageGivesTheValueTheChecksImply()
    {
        var before = Valid.Applications!.Disclosed!.NaturalPerson;

        var finding = Assert.Single(ReportValidator.Validate(Retype(Valid, ("applications.disclosed.natural_person", 10)), ThisYear).Findings);

        Assert.Equal((before, before + 10), (finding.Expected, finding.Actual));
        Assert.Equal($"表三「（一）予以公开」行「自然人」与本行「总计」及本列勾稽关系均不符，应为 {before}，填报为 {before + 10}", finding.Message);
    }
}

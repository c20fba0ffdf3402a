using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Grpc.Core;

namespace DocGen.Server.Tests;

public sealed class ReportServiceValidateTests(DocGenServerFixture fixture) : IClassFixture<DocGenServerFixture>
{
    private async Task<ValidateResponse> ValidateAsync(AnnualReport? report) =>
        await fixture.Server.Reports.ValidateAsync(new ValidateRequest { Report = report });

    [Fact]
    public async Task Validate_BrokenFixture_FourErrorsEachNamingItsCell()
    {
        var response = await ValidateAsync(Requests.Fixture("synthetic-broken-2023.json").Report);

        Assert.Equal(Edition._2021, response.Edition);
        Assert.Equal(
            new[]
            {
                ("APPLICANT_ROW_TOTAL", "applications.new_received.total"),
                ("NEGATIVE_COUNT", "applications.carried_forward.other_org"),
                ("RESULTS_TOTAL", "applications.results_total.natural_person"),
                ("REVIEW_LITIGATION_TOTAL", "review_litigation.litigation_direct.total"),
            },
            response.Findings.Where(f => f.Severity == Finding.Types.Severity.Error).Select(f => (f.Code, f.Path)).Order());
    }

    [Fact]
    public async Task ValidateAndRender_NarrativeContradictsTable_WarningQuotingTheSentence()
    {
        var request = Requests.Fixture("panjin-commerce-2022.json");
        request.Report.Overview.Text = request.Report.Overview.Text.Replace("我局未收到政府信息公开申请", "我局共收到政府信息公开申请3件", StringComparison.Ordinal);
        request.Formats.Clear();
        request.Formats.Add(OutputFormat.HtmlFragment);

        var validated = await ValidateAsync(request.Report);
        var rendered = await fixture.Server.Reports.RenderAsync(request);

        foreach (var findings in new[] { validated.Findings, rendered.Findings })
        {
            var finding = Assert.Single(findings, f => f.Code == "NARRATIVE_TABLE_MISMATCH");
            Assert.Equal((Finding.Types.Severity.Warning, "applications.new_received.total", 3L, 0L),
                (finding.Severity, finding.Path, finding.Expected, finding.Actual));
            Assert.Contains("“2022年,我局共收到政府信息公开申请3件”", finding.Message);
        }
    }

    [Fact]
    public async Task Validate_TotalsLeftOut_CompletedReportCarriesThem()
    {
        var report = new AnnualReport
        {
            Agency = "示例县商务局",
            Year = 2022,
            Applications = new ApplicationStats
            {
                NewReceived = new ApplicantCounts { NaturalPerson = 3, CommercialEnterprise = 1 },
                Disclosed = new ApplicantCounts { NaturalPerson = 3, CommercialEnterprise = 1 },
            },
            ReviewLitigation = new ReviewLitigation { AdministrativeReview = new CaseOutcomes { Upheld = 2, Pending = 1 } },
        };

        var response = await ValidateAsync(report);

        Assert.DoesNotContain(response.Findings, f => f.Severity == Finding.Types.Severity.Error);
        Assert.Equal(4, response.Completed.Applications.NewReceived.Total);
        Assert.Equal(4, response.Completed.Applications.ResultsTotal.Total);
        Assert.Equal(3, response.Completed.ReviewLitigation.AdministrativeReview.Total);
    }

    [Fact]
    public async Task Validate_WithTheSiteOfAnotherPlace_WarnsThatTheAgencyIsNotOnIt()
    {
        var report = Requests.Fixture("minhou-commerce-2020.json").Report;

        var onPanjin = await fixture.Server.Reports.ValidateAsync(new ValidateRequest { Report = report, SiteCode = "2111000031" });
        var onItsOwn = await fixture.Server.Reports.ValidateAsync(new ValidateRequest { Report = report, SiteCode = "3501210001" });
        var alone = await ValidateAsync(report);

        var warning = Assert.Single(onPanjin.Findings, f => f.Code == "AGENCY_NOT_ON_SITE");
        Assert.Equal((Finding.Types.Severity.Warning, "agency"), (warning.Severity, warning.Path));
        Assert.Contains("闽侯县商务局", warning.Message);
        Assert.DoesNotContain(onItsOwn.Findings, f => f.Code == "AGENCY_NOT_ON_SITE");
        Assert.DoesNotContain(alone.Findings, f => f.Code == "AGENCY_NOT_ON_SITE");
    }

    [Fact]
    public async Task Validate_UnknownSiteCode_NotFound()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() =>
            fixture.Server.Reports.ValidateAsync(new ValidateRequest { Report = Requests.Fixture("minhou-commerce-2020.json").Report, SiteCode = "0000000000" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, e.StatusCode);
    }

    [Fact]
    public async Task Validate_NoReport_InvalidArgument()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => ValidateAsync(null));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("report", e.Status.Detail);
    }
}

using System.Text;
using DocGen.Api.Tests.Support;
using DocGen.Contracts;
using DocGen.Protos.V1;
using DocGen.Rendering;

namespace DocGen.Api.Tests;

/// <summary>
/// Hostile and extreme requests through the API as the server runs it. Each one ends in a response
/// (PDF starting %PDF, HTML that parses) or in an <see cref="ApiException"/> with a precise status
/// whose message names the field — never in any other exception, never in a hang.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly Lazy<ReportApi> SharedApi = new(() =>
    {
        var rendering = new ReportRendererSetup { TemplatesRoot = CheckoutPaths.Templates, WatchTemplates = false }.Create();
        return new ReportApi(rendering.Renderer, new RenderScheduler(new RenderSchedulerOptions()));
    });

    private static ReportApi Api => SharedApi.Value;

    private static RenderRequest Fixture(string name)
    {
        var request = RequestJson.ParseRenderRequest(File.ReadAllText(CheckoutPaths.Fixture(name)));
        request.Formats.Clear();
        request.Formats.Add(OutputFormat.HtmlPage);
        request.Formats.Add(OutputFormat.Pdf);
        return request;
    }

    private static RenderRequest Report2022() => Fixture("panjin-commerce-2022.json");

    private static RenderRequest Report2020() => Fixture("minhou-commerce-2020.json");

    private static RenderRequest Legacy2017() => Fixture("zhangdian-commerce-2017.json");

    private static RenderRequest With(RenderRequest request, Action<AnnualReport> change)
    {
        change(request.Report);
        return request;
    }

    private static DocGen.Protos.V1.RichText Text(string text) => new() { Text = text };

    private static DocGen.Protos.V1.RichText Html(string html) => new() { Html = html };

    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();

    /// <summary>What a case must end in: rendered with these findings, or refused with this status naming this field.</summary>
    public sealed record Expectation(ApiStatusCode? RefusedWith, string Field, string? FindingCode, bool WhileRendering = false)
    {
        public static Expectation Renders(string? findingCode = null, string field = "") => new(null, field, findingCode);

        public static Expectation Refused(ApiStatusCode code, string field) => new(code, field, null);

        /// <summary>Refused only once the PDF finds it cannot print the report (Validate accepts it).</summary>
        public static Expectation Unprintable() => new(ApiStatusCode.InvalidArgument, "report cannot be printed on A4", null, WhileRendering: true);
    }

    private sealed record HostileCase(Func<RenderRequest> Build, Expectation Expect);

    private const string Fee = "active_disclosure_2021.fee_amount_wan_yuan";
    private const string Procurement = "active_disclosure_2019.procurement_amount";

    private static readonly Dictionary<string, HostileCase> Cases = new()
    {
        // ---- counts: never a silent overflow, never an exception
        ["table 三 cell at long.MaxValue"] = new(() => With(Report2022(), r => r.Applications.NewReceived.NaturalPerson = long.MaxValue),
            Expectation.Renders("VALUE_TOO_LARGE", "applications.new_received.natural_person")),
        ["table 三 cell at long.MinValue"] = new(() => With(Report2022(), r => r.Applications.Disclosed.OtherOrg = long.MinValue),
            Expectation.Renders("VALUE_TOO_LARGE", "applications.disclosed.other_org")),
        ["table 三 cell at -1"] = new(() => With(Report2022(), r => r.Applications.CarriedOver.LegalServiceOrg = -1),
            Expectation.Renders("NEGATIVE_COUNT", "applications.carried_over.legal_service_org")),
        ["table 三 sent total at long.MaxValue"] = new(() => With(Report2022(), r => r.Applications.NewReceived.Total = long.MaxValue),
            Expectation.Renders("VALUE_TOO_LARGE", "applications.new_received.total")),
        ["table 三 two cells at long.MaxValue in one row"] = new(() => With(Report2022(), r =>
            {
                r.Applications.NewReceived.NaturalPerson = long.MaxValue;
                r.Applications.NewReceived.OtherOrg = long.MaxValue;
            }),
            Expectation.Renders("VALUE_TOO_LARGE", "applications.new_received.other_org")),
        ["table 三 results total at long.MinValue"] = new(() => With(Report2022(), r => r.Applications.ResultsTotal = new ApplicantCounts { NaturalPerson = long.MinValue }),
            Expectation.Renders("VALUE_TOO_LARGE", "applications.results_total.natural_person")),
        ["table 四 cell at long.MaxValue"] = new(() => With(Report2022(), r => r.ReviewLitigation.AdministrativeReview.Upheld = long.MaxValue),
            Expectation.Renders("VALUE_TOO_LARGE", "review_litigation.administrative_review.upheld")),
        ["table 四 cell at -1"] = new(() => With(Report2022(), r => r.ReviewLitigation.LitigationDirect.Pending = -1),
            Expectation.Renders("NEGATIVE_COUNT", "review_litigation.litigation_direct.pending")),
        ["table 四 sent total at long.MinValue"] = new(() => With(Report2022(), r => r.ReviewLitigation.LitigationAfterReview.Total = long.MinValue),
            Expectation.Renders("VALUE_TOO_LARGE", "review_litigation.litigation_after_review.total")),
        ["table 二 (2021) count at long.MaxValue"] = new(() => With(Report2022(), r => r.ActiveDisclosure2021.Rules.InForce = long.MaxValue),
            Expectation.Renders("VALUE_TOO_LARGE", "active_disclosure_2021.rules.in_force")),
        ["table 二 (2021) decisions at -1"] = new(() => With(Report2022(), r => r.ActiveDisclosure2021.PenaltyDecisions = -1),
            Expectation.Renders("NEGATIVE_COUNT", "active_disclosure_2021.penalty_decisions")),
        ["table 二 (2019) change at long.MinValue"] = new(() => With(Report2020(), r => r.ActiveDisclosure2019.Licensing.Change = long.MinValue),
            Expectation.Renders("VALUE_TOO_LARGE", "active_disclosure_2019.licensing.change")),
        ["table 二 (2019) change at -1 is allowed"] = new(() => With(Report2020(), r => r.ActiveDisclosure2019.Penalty.Change = -1),
            Expectation.Renders()),
        ["table 二 (2019) procurement projects at long.MaxValue"] = new(() => With(Report2020(), r => r.ActiveDisclosure2019.ProcurementProjects = long.MaxValue),
            Expectation.Renders("VALUE_TOO_LARGE", "active_disclosure_2019.procurement_projects")),
        ["every 2021 count at long.MaxValue"] = new(() => EveryCount(Report2022(), "active_disclosure_2021", long.MaxValue),
            Expectation.Renders("VALUE_TOO_LARGE", "review_litigation.litigation_after_review.total")),
        ["every 2021 count at long.MinValue"] = new(() => EveryCount(Report2022(), "active_disclosure_2021", long.MinValue),
            Expectation.Renders("VALUE_TOO_LARGE", "applications.carried_forward.total")),
        ["every 2019 count at long.MaxValue"] = new(() => EveryCount(Report2020(), "active_disclosure_2019", long.MaxValue),
            Expectation.Renders("VALUE_TOO_LARGE", "active_disclosure_2019.fees.change")),

        // ---- amounts
        ["amount 1e309"] = new(() => With(Report2022(), r => r.ActiveDisclosure2021.FeeAmountWanYuan = "1e309"), Expectation.Renders("INVALID_AMOUNT", Fee)),
        ["amount NaN"] = new(() => With(Report2022(), r => r.ActiveDisclosure2021.FeeAmountWanYuan = "NaN"), Expectation.Renders("INVALID_AMOUNT", Fee)),
        ["amount -0 is zero"] = new(() => With(Report2022(), r => r.ActiveDisclosure2021.FeeAmountWanYuan = "-0"), Expectation.Renders()),
        ["amount with 7 decimals"] = new(() => With(Report2022(), r => r.ActiveDisclosure2021.FeeAmountWanYuan = "12.3456789"), Expectation.Renders("INVALID_AMOUNT", Fee)),
        ["amount in full-width digits"] = new(() => With(Report2022(), r => r.ActiveDisclosure2021.FeeAmountWanYuan = "１２"), Expectation.Renders("INVALID_AMOUNT", Fee)),
        ["amount with spaces around"] = new(() => With(Report2022(), r => r.ActiveDisclosure2021.FeeAmountWanYuan = " 12 "), Expectation.Renders()),
        ["amount in hex"] = new(() => With(Report2022(), r => r.ActiveDisclosure2021.FeeAmountWanYuan = "0x10"), Expectation.Renders("INVALID_AMOUNT", Fee)),
        ["amount of 500 digits"] = new(() => With(Report2022(), r => r.ActiveDisclosure2021.FeeAmountWanYuan = Repeat("9", 500)), Expectation.Renders("VALUE_TOO_LARGE", Fee)),
        ["amount of 500 digits after the point"] = new(() => With(Report2022(), r => r.ActiveDisclosure2021.FeeAmountWanYuan = "1." + Repeat("3", 500)), Expectation.Renders("INVALID_AMOUNT", Fee)),
        ["2019 amount NaN"] = new(() => With(Report2020(), r => r.ActiveDisclosure2019.ProcurementAmount = "NaN"), Expectation.Renders("INVALID_AMOUNT", Procurement)),
        ["2019 amount of 500 digits"] = new(() => With(Report2020(), r => r.ActiveDisclosure2019.ProcurementAmount = Repeat("8", 500)), Expectation.Renders("VALUE_TOO_LARGE", Procurement)),

        // ---- document fields
        ["year 0"] = new(() => With(Report2022(), r => r.Year = 0), Expectation.Renders("MISSING_YEAR", "year")),
        ["year -5"] = new(() => With(Report2022(), r => r.Year = -5), Expectation.Renders("YEAR_OUT_OF_RANGE", "year")),
        ["year int.MaxValue"] = new(() => With(Report2022(), r => r.Year = int.MaxValue), Expectation.Renders("YEAR_OUT_OF_RANGE", "year")),
        ["year int.MinValue"] = new(() => With(Report2022(), r => r.Year = int.MinValue), Expectation.Renders("YEAR_OUT_OF_RANGE", "year")),
        ["edition not in the enum"] = new(() => With(Report2022(), r => r.Edition = (Edition)99),
            Expectation.Refused(ApiStatusCode.InvalidArgument, "report.edition")),
        ["edition negative"] = new(() => With(Report2022(), r => r.Edition = (Edition)(-1)),
            Expectation.Refused(ApiStatusCode.InvalidArgument, "report.edition")),
        ["format not in the enum"] = new(() => { var q = Report2022(); q.Formats.Add((OutputFormat)42); return q; },
            Expectation.Refused(ApiStatusCode.InvalidArgument, "formats[2]")),
        ["format unspecified"] = new(() => { var q = Report2022(); q.Formats.Add(OutputFormat.Unspecified); return q; },
            Expectation.Refused(ApiStatusCode.InvalidArgument, "formats[2]")),
        ["site_code with path characters"] = new(() => { var q = Report2022(); q.SiteCode = "../../etc"; return q; },
            Expectation.Refused(ApiStatusCode.NotFound, "site_code")),
        ["site_code naming the default template set"] = new(() => { var q = Report2022(); q.SiteCode = "../default"; return q; },
            Expectation.Refused(ApiStatusCode.NotFound, "site_code")),
        ["site_code empty"] = new(() => { var q = Report2022(); q.SiteCode = ""; return q; },
            Expectation.Refused(ApiStatusCode.InvalidArgument, "site_code")),
        ["site_code of 10 KB"] = new(() => { var q = Report2022(); q.SiteCode = Repeat("2", 10_240); return q; },
            Expectation.Refused(ApiStatusCode.InvalidArgument, "site_code")),
        ["site_code with NUL"] = new(() => { var q = Report2022(); q.SiteCode = "2111000031\u0000"; return q; },
            Expectation.Refused(ApiStatusCode.NotFound, "site_code")),
        ["site_code with wildcards and a drive"] = new(() => { var q = Report2022(); q.SiteCode = "C:\\*?"; return q; },
            Expectation.Refused(ApiStatusCode.NotFound, "site_code")),
        ["site_code through the sites folder"] = new(() => { var q = Report2022(); q.SiteCode = "../sites/2111000031"; return q; },
            Expectation.Refused(ApiStatusCode.NotFound, "site_code")),
        ["request_id of 10 KB with control characters"] = new(() => { var q = Report2022(); q.RequestId = Repeat("\u0001../", 2_000); return q; },
            Expectation.Refused(ApiStatusCode.InvalidArgument, "request_id is 8,000 characters; the limit is 256")),
        ["every format a thousand times"] = new(() =>
            {
                var q = Report2022();
                for (var i = 0; i < 1000; i++) q.Formats.Add([OutputFormat.HtmlPage, OutputFormat.HtmlFragment, OutputFormat.Pdf]);
                return q;
            }, Expectation.Renders()),
        ["meta with hostile values"] = new(() => With(Report2022(), r => r.Meta = new DocumentMeta
        {
            IndexNumber = "<script>alert(1)</script>", DocumentNumber = "\u0000", PublishedOn = "2023-02-30", Subject = "\uD800",
        }), Expectation.Renders()),
        ["no report"] = new(() => new RenderRequest { SiteCode = "2111000031" }, Expectation.Refused(ApiStatusCode.InvalidArgument, "report")),
        ["signed_on 2023-02-30"] = new(() => With(Report2022(), r => r.SignedOn = "2023-02-30"), Expectation.Renders("INVALID_SIGNED_ON", "signed_on")),
        ["signed_on not a date"] = new(() => With(Report2022(), r => r.SignedOn = "not a date"), Expectation.Renders("INVALID_SIGNED_ON", "signed_on")),
        ["signed_on of 10 KB"] = new(() => With(Report2022(), r => r.SignedOn = Repeat("2023-01-01", 1024)),
            Expectation.Refused(ApiStatusCode.InvalidArgument, "report.signed_on")),
        ["agency of 100 KB"] = new(() => With(Report2022(), r => r.Agency = Repeat("盘锦市商务局", 17_000)),
            Expectation.Refused(ApiStatusCode.InvalidArgument, "report.agency")),
        ["title of only whitespace"] = new(() => With(Report2022(), r => r.Title = " \t\u3000\n "), Expectation.Renders()),
        ["every one-line field at the limit"] = new(() => With(Report2022(), r =>
            {
                var line = Repeat("很长的", RequestLimits.LineCharacters / 3);
                (r.Agency, r.Title, r.SignedBy, r.SignedOn) = (line, line, line, line);
                r.Meta = new DocumentMeta { IndexNumber = line, DocumentNumber = line, PublishedOn = line, Subject = line };
                r.ActiveDisclosure2021.FeeAmountWanYuan = Repeat("9", RequestLimits.LineCharacters);
            }), Expectation.Renders("VALUE_TOO_LARGE", Fee)),
        ["LEGACY headings at the limit"] = new(() => With(Legacy2017(), r =>
            {
                foreach (var section in r.Sections) section.Heading = Repeat("标题", RequestLimits.LineCharacters / 2);
            }), Expectation.Renders()),
        ["an agency at the limit with no title"] = new(() => With(Report2022(), r => (r.Agency, r.Title) = (Repeat("x", RequestLimits.LineCharacters), "")),
            Expectation.Renders()),
        ["title of 300 characters"] = new(() => With(Report2022(), r => r.Title = Repeat("政府信息公开", 50)), Expectation.Renders()),

        // ---- plain narrative
        ["2 MB of narrative with no newline"] = new(() => With(Report2022(), r => r.Overview = Text(Repeat("政务公开工作稳步推进。", 200_000))),
            Expectation.Refused(ApiStatusCode.InvalidArgument, "report.overview")),
        ["5000 paragraphs"] = new(() => With(Report2022(), r => r.Problems = Text(string.Join("\n", Enumerable.Range(1, 5000).Select(i => $"第{i}段。")))),
            Expectation.Renders()),
        ["a 20,000-character word with no break opportunity"] = new(() => With(Report2022(), r => r.Overview = Text(Repeat("x", 20_000))),
            Expectation.Renders()),
        ["unpaired surrogates"] = new(() => With(Report2022(), r =>
            {
                r.Overview = Text("前\uD800后\uDC00尾\uDBFF");
                r.Agency = "局\uD83D";
            }), Expectation.Renders()),
        ["U+0000 and control characters"] = new(() => With(Report2022(), r =>
            {
                r.Overview = Text("一\u0000二\u0001三\u0008四\u000B五\u000C六\u001F七\u007F八\u0085九\u2028十\u2029");
                r.Title = "标题\u0000\u0007";
                r.Agency = "盘锦\u0000市商务局";
            }), Expectation.Renders()),
        ["emoji and CJK Extension B"] = new(() => With(Report2022(), r =>
            {
                r.Overview = Text("办理😀👍🏽👨‍👩‍👧 共𠀀𠀁𪚥𠮷件 🇨🇳");
                r.Agency = "𠮷野家市商务局😀";
            }), Expectation.Renders()),
        ["right-to-left text"] = new(() => With(Report2022(), r =>
            {
                r.Overview = Text("مرحبا بالعالم \u202Eabc\u202C שלום עולם 混排");
                r.SignedBy = "\u202Eكتب";
            }), Expectation.Renders()),
        ["combining marks piled on one letter"] = new(() => With(Report2022(), r => r.Overview = Text("a" + Repeat("\u0301", 5000))),
            Expectation.Renders()),

        // ---- html narrative
        ["10,000 nested div"] = new(() => With(Report2022(), r => r.Overview = Html(Repeat("<div>", 10_000) + "深" + Repeat("</div>", 10_000))),
            Expectation.Refused(ApiStatusCode.InvalidArgument, "report.overview.html nests elements 10,000 deep; the limit is 100")),
        ["10,000 nested ul: more elements than the limit"] = new(() => With(Report2022(), r => r.Overview = Html(Repeat("<ul><li>", 10_000) + "深" + Repeat("</li></ul>", 10_000))),
            Expectation.Refused(ApiStatusCode.InvalidArgument, "report.overview.html has 20,000 elements")),
        ["5,000 nested ul"] = new(() => With(Report2022(), r => r.Overview = Html(Repeat("<ul><li>", 5_000) + "深" + Repeat("</li></ul>", 5_000))),
            Expectation.Refused(ApiStatusCode.InvalidArgument, "report.overview.html nests elements 10,000 deep")),
        ["50 nested ul: within the depth limit"] = new(() => With(Report2022(), r => r.Overview = Html(Repeat("<ul><li>", 50) + "深" + Repeat("</li></ul>", 50))),
            Expectation.Renders()),
        ["4,000 nested ol inside a table cell"] = new(() => With(Report2022(), r => r.Overview = Html("<table><tr><td>" + Repeat("<ol><li>", 4_000) + "深" + "</td></tr></table>")),
            Expectation.Refused(ApiStatusCode.InvalidArgument, "report.overview.html nests elements 8,003 deep")),
        ["10,000 unclosed tags"] = new(() => With(Report2022(), r => r.Overview = Html(Repeat("<p><b><i><a href='http://x'>文", 2_500))),
            Expectation.Refused(ApiStatusCode.InvalidArgument, "report.overview.html nests elements 10,000 deep")),
        ["100 unclosed tags"] = new(() => With(Report2022(), r => r.Overview = Html(Repeat("<p><b><i><a href='http://x'>文", 25))),
            Expectation.Renders()),
        ["unclosed table cells and stray closers"] = new(() => With(Report2022(), r => r.Overview = Html("<table><tr><td>a<td>b<tr><td>c</table></td></tr></ul></li><p>x")),
            Expectation.Renders()),
        ["a table with 500 columns"] = new(() => With(Report2022(), r => r.Overview = Html("<table><tr>" + Repeat("<td>数</td>", 500) + "</tr><tr>" + Repeat("<td>12345</td>", 500) + "</tr></table>")),
            Expectation.Renders()),
        ["a td with colspan 100000"] = new(() => With(Report2022(), r => r.Overview = Html("<table><tr><td colspan=100000 rowspan=100000>宽</td></tr><tr><td>a</td><td colspan=-3>b</td><td colspan=abc>c</td></tr></table>")),
            Expectation.Renders()),
        ["a 200,000-character Latin word"] = new(() => With(Report2022(), r => r.Overview = Text(Repeat("x", RequestLimits.NarrativeCharacters))),
            Expectation.Renders()),
        ["javascript: links"] = new(() => With(Report2022(), r => r.Overview = Html("<a href='javascript:alert(1)'>点</a><a href=' JaVaScRiPt:alert(1)'>点</a><a href='java&#x09;script:alert(1)'>点</a><a href='data:text/html,x'>点</a>")),
            Expectation.Renders()),
        ["a link with a URL as long as a narrative may be"] = new(() => With(Report2022(), r => r.Overview = Html($"<a href='https://example.gov.cn/{Repeat("a", RequestLimits.NarrativeCharacters - 100)}'>长链接</a>")),
            Expectation.Renders()),

        // ---- legacy and shapes
        ["LEGACY with 2,000 sections"] = new(() => With(Legacy2017(), r =>
            {
                r.Sections.Clear();
                r.Sections.AddRange(Enumerable.Range(1, 2000).Select(i => new Section { Heading = $"第{i}节", Body = Text($"第{i}节的内容。") }));
            }), Expectation.Renders()),
        ["LEGACY with more sections than the limit"] = new(() => With(Legacy2017(), r =>
                r.Sections.AddRange(Enumerable.Range(1, RequestLimits.Sections + 1).Select(_ => new Section()))),
            Expectation.Refused(ApiStatusCode.InvalidArgument, "report.sections")),
        ["narrative in all beyond the report limit"] = new(() => With(Report2022(), r =>
            {
                foreach (var i in Enumerable.Range(0, 6))
                    r.Sections.Add(new Section { Body = Text(Repeat("文", RequestLimits.NarrativeCharacters)) });
            }), Expectation.Refused(ApiStatusCode.InvalidArgument, "report has 1,2")),
        ["a narrative at the limit of newlines only"] = new(() => With(Report2022(), r => r.Overview = Text(Repeat("\n", RequestLimits.NarrativeCharacters))),
            Expectation.Renders()),
        ["more than the PDF's page limit of one-character paragraphs"] = new(() => With(Report2022(), r =>
            {
                var lines = Text(Repeat("字\n", RequestLimits.NarrativeCharacters / 2));
                (r.Preamble, r.Overview, r.Problems, r.OtherMatters) = (lines, lines, lines, lines);
            }), Expectation.Unprintable()),
        ["a narrative at the limit of line breaks"] = new(() => With(Report2022(), r => r.Overview = Html(Repeat("<br>", RequestLimits.NarrativeHtmlElements))),
            Expectation.Renders()),
        ["a narrative at the limit of short paragraphs"] = new(() => With(Report2022(), r => r.Overview = Text(Repeat("字\n", RequestLimits.NarrativeCharacters / 2))),
            Expectation.Renders()),
        ["LEGACY sections with empty headings"] = new(() => With(Legacy2017(), r =>
            {
                r.Sections.Add(new Section());
                r.Sections.Add(new Section { Heading = "", Body = Text("无标题的节") });
                r.Sections.Add(new Section { Heading = "   ", Body = new DocGen.Protos.V1.RichText() });
            }), Expectation.Renders()),
        ["every block present and every nested message empty"] = new(() =>
            {
                var q = new RenderRequest { SiteCode = "2111000031", Report = new AnnualReport() };
                ProtoCells.FillEmpty(q.Report);
                return q;
            }, Expectation.Renders("MISSING_AGENCY", "agency")),
        ["a 2022 report with the 2019 block"] = new(() => With(Report2022(), r => r.ActiveDisclosure2019 = new ActiveDisclosure2019 { ProcurementProjects = 3, Rules = new DocumentCounts2019 { NewlyMade = 1 } }),
            Expectation.Renders("WRONG_EDITION_BLOCK", "active_disclosure_2019")),
        ["a 2020 report with the 2021 block"] = new(() => With(Report2020(), r => r.ActiveDisclosure2021 = new ActiveDisclosure2021 { LicensingDecisions = 9 }),
            Expectation.Renders("WRONG_EDITION_BLOCK", "active_disclosure_2021")),
        ["a 2017 report with every table"] = new(() => With(Legacy2017(), r =>
            {
                r.ActiveDisclosure2021 = Report2022().Report.ActiveDisclosure2021;
                r.Applications = Report2022().Report.Applications;
                r.ReviewLitigation = Report2022().Report.ReviewLitigation;
            }), Expectation.Renders("LEGACY_WITH_TABLES", "applications")),
    };

    private static RenderRequest EveryCount(RenderRequest request, string block, long value)
    {
        foreach (var path in new[] { block, "applications", "review_litigation" }.SelectMany(ProtoCells.CountPaths))
            ProtoCells.Set(request.Report, path, value);
        return request;
    }

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Render_HostileRequest_EndsInResponseOrPreciseStatus(string name)
    {
        var hostile = Cases[name];

        var outcome = await HostileOutcome.RenderAsync(Api, hostile.Build());

        var expect = hostile.Expect;
        if (expect.RefusedWith is { } code)
        {
            Assert.True(outcome.Refusal is not null, $"expected {code}, but it rendered");
            Assert.Equal(code, outcome.Refusal.Code);
            Assert.Contains(expect.Field, outcome.Refusal.Message, StringComparison.Ordinal);
            return;
        }
        Assert.True(outcome.Response is not null, $"expected a render, got {outcome.Refusal?.Code}: {outcome.Refusal?.Message}");
        if (expect.FindingCode is { } finding)
            Assert.Contains(outcome.Response.Findings, f => f.Code == finding && f.Path == expect.Field);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Validate_HostileReport_RespondsOrRefusesTheReportAsRenderDoes(string name)
    {
        var hostile = Cases[name];
        var request = new ValidateRequest { Report = hostile.Build().Report };
        var refusesReport = hostile.Expect is { RefusedWith: not null, WhileRendering: false } && hostile.Expect.Field.StartsWith("report", StringComparison.Ordinal);

        var refusal = await Record.ExceptionAsync(() => Api.ValidateAsync(request, Admission.WaitForSlot, CancellationToken.None));

        if (refusesReport)
        {
            var api = Assert.IsType<ApiException>(refusal);
            Assert.Equal(hostile.Expect.RefusedWith, api.Code);
            Assert.Contains(hostile.Expect.Field, api.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(refusal);
        }
    }

    private static RenderRequest LargestReport() => With(Report2022(), r =>
        {
            r.Overview = Text(Repeat("政务公开工作稳步推进。", RequestLimits.NarrativeCharacters / 11));
            r.Problems = Text(Repeat("存在的主要问题。\n", RequestLimits.NarrativeCharacters / 9));
            r.OtherMatters = Html(Repeat("<p>其他事项</p>", RequestLimits.NarrativeHtmlElements));
        });

    [Fact]
    public async Task Render_LargestReportCancelledWhileRendering_StopsWithCancellation()
    {
        using var cancel = new CancellationTokenSource();

        // The report takes a third of a second to print on a quiet machine, seconds under load; the
        // cancel lands early, while its pages are being laid out (or, on a busy machine, while it
        // still waits for a slot: cancelled either way, never printed whole).
        var render = Api.RenderAsync(LargestReport(), Admission.WaitForSlot, cancel.Token);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(20));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => render);
    }

    public static TheoryData<string, long> CountSweep()
    {
        var data = new TheoryData<string, long>();
        foreach (var block in new[] { "active_disclosure_2021", "active_disclosure_2019" })
            data.Add(block, long.MaxValue);
        data.Add("active_disclosure_2021", long.MinValue);
        data.Add("active_disclosure_2019", long.MinValue);
        return data;
    }

    [Theory]
    [MemberData(nameof(CountSweep))]
    public async Task Validate_EachCountAloneTooLarge_FindingNamesThatCell(string block, long value)
    {
        var year = block == "active_disclosure_2019" ? 2020 : 2022;
        var paths = new[] { block, "applications", "review_litigation" }.SelectMany(ProtoCells.CountPaths).ToList();
        // EDITION_2019 has no （六）1. and 2. rows: they are reported as the wrong edition's rows instead.
        if (year == 2020) paths.RemoveAll(p => p.Contains("overdue_correction", StringComparison.Ordinal) || p.Contains("unpaid_fees", StringComparison.Ordinal) || p.EndsWith("fees.decisions", StringComparison.Ordinal));

        foreach (var path in paths)
        {
            var report = new AnnualReport { Agency = "示例局", Year = year };
            ProtoCells.Set(report, path, value);

            var response = await Api.ValidateAsync(new ValidateRequest { Report = report }, Admission.WaitForSlot, CancellationToken.None);

            Assert.True(response.Findings.Any(f => f.Code == "VALUE_TOO_LARGE" && f.Path == path), $"{path} = {value}: no VALUE_TOO_LARGE finding");
        }
    }
}

using System.Text;
using DocGen.Admin.Tests.Support;
using DocGen.Contracts;
using DocGen.Protos.V1;
using HtmlAgilityPack;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocGen.Admin.Tests;

/// <summary>
/// The admin page against the real server, in a real headless Chromium: what an editor sees while
/// filling in a draft. Each step leaves a screenshot in artifacts/admin-e2e/.
/// </summary>
public sealed class AdminPageTests(AdminServerFixture server, BrowserFixture browser)
    : IClassFixture<AdminServerFixture>, IClassFixture<BrowserFixture>
{
    private const string NewReceived = "applications.new_received";

    private Task<AdminPage> OpenAsync(int year = 2023, int width = 1280) => OpenAsync(year, width, 900);

    private async Task<AdminPage> OpenAsync(int year, int width, int height)
    {
        var page = await browser.NewPageAsync(width, height);
        await page.OpenAsync(server.PageUrl, year);
        return page;
    }

    [Fact]
    public async Task Open_DrawsTheEditionsTablesFromTheServersLayout()
    {
        var page = await OpenAsync(2020);

        await Expect(page.Page.Locator("#edition")).ToHaveTextAsync("2019年版（国办公开办函〔2019〕60号）");
        await Expect(page.Page.Locator("table.grid")).ToHaveCountAsync(3);
        var layout = DocGen.Api.LayoutApi.GetLayout(new GetLayoutRequest { Year = 2020 });
        var valuePaths = layout.Tables.SelectMany(t => t.Cells).Where(c => c.Role == LayoutCell.Types.Role.Value).Select(c => c.FieldPath).ToArray();
        var drawn = await page.Page.Locator("table.grid td input").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.dataset.path)");
        Assert.Equal(valuePaths, drawn);
        await Expect(page.Page.Locator("table.grid th", new() { HasText = "规范性文件" }).First).ToBeVisibleAsync();
        await page.ShotAsync("01-open-2020");
    }

    [Fact]
    public async Task TypingARowTotalThatBreaksTheSum_MarksExactlyThatCell_AndFixingItClearsIt()
    {
        var page = await OpenAsync();

        await page.TypeAsync($"{NewReceived}.natural_person", "3");
        await page.TypeAsync($"{NewReceived}.total", "4");

        var total = page.Cell($"{NewReceived}.total");
        await Expect(total).ToHaveClassAsync(AdminPage.Class("has-error"));
        await Expect(page.MarkedFor("APPLICANT_ROW_TOTAL")).ToHaveCountAsync(1);
        Assert.Equal($"{NewReceived}.total", await page.MarkedFor("APPLICANT_ROW_TOTAL").Locator("input").GetAttributeAsync("data-path"));
        var finding = page.Finding("APPLICANT_ROW_TOTAL", $"{NewReceived}.total");
        await Expect(finding).ToHaveCountAsync(1);

        await page.Field($"{NewReceived}.total").FocusAsync();
        var tip = page.Page.Locator("#tip");
        await Expect(tip).ToBeVisibleAsync();
        await Expect(tip).ToContainTextAsync("应为 3，实为 4");
        Assert.Contains((await finding.Locator("button").InnerTextAsync()).Split('\n')[^1].Trim(), await tip.InnerTextAsync());
        await page.ShotAsync("02-row-total-broken");

        await page.TypeAsync($"{NewReceived}.total", "3");

        await Expect(page.MarkedFor("APPLICANT_ROW_TOTAL")).ToHaveCountAsync(0);
        await Expect(finding).ToHaveCountAsync(0);
        await Expect(total).Not.ToHaveClassAsync(AdminPage.Class("has-error"));
        await page.ShotAsync("03-row-total-fixed");
    }

    [Fact]
    public async Task FindingInTheList_JumpsToItsCell()
    {
        var page = await OpenAsync();
        await page.TypeAsync($"{NewReceived}.natural_person", "3");
        await page.TypeAsync($"{NewReceived}.total", "9");
        await page.Field("agency").FocusAsync();

        await page.Finding("APPLICANT_ROW_TOTAL", $"{NewReceived}.total").Locator("button").ClickAsync();

        await Expect(page.Field($"{NewReceived}.total")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task NarrativeFindingOnASum_MarksEveryCellItNames_ClickOutlinesThemAndSelectsTheSentence()
    {
        // "不予公开50件" is about the sum of （三）不予公开's eight rows: the finding's path is applications.withheld.*.total.
        string[] cells = [.. new[]
        {
            "state_secret", "prohibited_by_law", "safety_and_stability", "third_party_rights",
            "internal_affairs", "process_information", "enforcement_files", "query_matters",
        }.Select(row => $"applications.withheld.{row}.total")];
        var page = await OpenAsync();
        await page.Page.Locator("#load").SetInputFilesAsync(CheckoutPaths.Fixture("synthetic-busy-2023.json")); // 不予公开 2+3+1+12+5+16+9+4
        await Expect(page.Field("agency")).Not.ToHaveValueAsync("");
        await page.TypeAsync("overview.text", "本年度对不予公开50件申请均已说明理由。");
        await page.Field("agency").FocusAsync();

        var finding = page.Finding("NARRATIVE_TABLE_MISMATCH", "applications.withheld.*.total");
        await Expect(finding).ToHaveCountAsync(1);
        foreach (var cell in cells) await Expect(page.Cell(cell)).ToHaveClassAsync(AdminPage.Class("has-warning"));
        await Expect(page.Page.Locator("td.picked")).ToHaveCountAsync(0);

        await finding.Locator("button").ClickAsync();

        foreach (var cell in cells) await Expect(page.Cell(cell)).ToHaveClassAsync(AdminPage.Class("picked"));
        await Expect(page.Page.Locator("td.picked")).ToHaveCountAsync(cells.Length);
        await Expect(page.Field("overview.text")).ToBeFocusedAsync();
        Assert.Equal("本年度对不予公开50件申请均已说明理由",
            await page.Field("overview.text").EvaluateAsync<string>("area => area.value.substring(area.selectionStart, area.selectionEnd)"));
        await Expect(finding.Locator(".place")).ToContainTextAsync($"等 {cells.Length} 格");
        await page.ShotAsync("04-narrative-sum-sentence");
        await page.Cell(cells[0]).ScrollIntoViewIfNeededAsync();
        await page.ShotAsync("04-narrative-sum-cells");

        // The HTML preview (Render with mark_findings) marks the same eight cells.
        await page.Page.Locator("#tab-html").ClickAsync();
        await Expect(page.Page.Locator("#html-facts")).ToContainTextAsync("生成");
        var preview = new HtmlDocument();
        preview.LoadHtml(await page.Page.Locator("#html-preview").GetAttributeAsync("srcdoc") ?? "");
        var marked = preview.DocumentNode.Descendants("td").Where(td => td.GetClasses().Contains("docgen-marked"))
            .Select(td => td.GetAttributeValue("data-field", "")).Where(f => f.StartsWith("applications.withheld.", StringComparison.Ordinal));
        Assert.Equal(cells.Order(StringComparer.Ordinal), marked.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task LeftEmpty_TotalsShowTheComputedValueGreyed()
    {
        var page = await OpenAsync();

        await page.TypeAsync("review_litigation.administrative_review.upheld", "2");
        await page.TypeAsync("review_litigation.administrative_review.corrected", "5");

        var total = page.Field("review_litigation.administrative_review.total");
        await Expect(total).ToHaveAttributeAsync("placeholder", "7");
        await Expect(total).ToHaveValueAsync("");
        await Expect(page.Cell("review_litigation.administrative_review.total")).ToHaveClassAsync(AdminPage.Class("computed"));
        var review = RequestJson.ParseRenderRequest(await page.ExportAsync()).Report.ReviewLitigation.AdministrativeReview;
        Assert.Equal((2, 5, false), (review.Upheld, review.Corrected, review.HasTotal));
    }

    [Fact]
    public async Task PastingATabSeparatedBlock_FillsTheGridFromTheSelectedCell()
    {
        var page = await OpenAsync();
        const string withheld = "applications.withheld";

        await page.PasteAsync($"{withheld}.state_secret.natural_person", "1,200\t5\t0\r\n7\t\t2\r\n3\t4\t5\r\n");

        string[] rows = ["state_secret", "prohibited_by_law", "safety_and_stability"];
        string[] columns = ["natural_person", "commercial_enterprise", "research_institution"];
        string[][] expected = [["1200", "5", "0"], ["7", "", "2"], ["3", "4", "5"]];
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < columns.Length; c++)
                await Expect(page.Field($"{withheld}.{rows[r]}.{columns[c]}")).ToHaveValueAsync(expected[r][c]);
        await Expect(page.Field($"{withheld}.state_secret.public_interest_org")).ToHaveValueAsync("");
        await Expect(page.Field($"{withheld}.state_secret.total")).ToHaveAttributeAsync("placeholder", "1205");
        await page.ShotAsync("04-pasted-block");

        var report = RequestJson.ParseRenderRequest(await page.ExportAsync()).Report.Applications.Withheld;
        Assert.Equal((1200, 5, 0), (report.StateSecret.NaturalPerson, report.StateSecret.CommercialEnterprise, report.StateSecret.ResearchInstitution));
        Assert.Equal((7, 0, 2), (report.ProhibitedByLaw.NaturalPerson, report.ProhibitedByLaw.CommercialEnterprise, report.ProhibitedByLaw.ResearchInstitution));
        Assert.Equal((3, 4, 5), (report.SafetyAndStability.NaturalPerson, report.SafetyAndStability.CommercialEnterprise, report.SafetyAndStability.ResearchInstitution));
        Assert.False(report.StateSecret.HasTotal);
    }

    [Fact]
    public async Task ArrowsEnterAndTab_MoveLikeASpreadsheet()
    {
        var page = await OpenAsync();
        await page.Field($"{NewReceived}.natural_person").FocusAsync();

        await page.Page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.Field($"{NewReceived}.commercial_enterprise")).ToBeFocusedAsync();
        await page.Page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Field("applications.carried_over.commercial_enterprise")).ToBeFocusedAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        await Expect(page.Field("applications.disclosed.commercial_enterprise")).ToBeFocusedAsync();
        await page.Page.Keyboard.PressAsync("Shift+Enter");
        await page.Page.Keyboard.PressAsync("ArrowLeft");
        await Expect(page.Field("applications.carried_over.natural_person")).ToBeFocusedAsync();
        await page.Page.Keyboard.PressAsync("ArrowUp");
        await page.Page.Keyboard.PressAsync("ArrowUp");
        await Expect(page.Field("applications.new_received.natural_person")).ToBeFocusedAsync();
        await page.Page.Keyboard.PressAsync("Tab");
        await Expect(page.Field($"{NewReceived}.commercial_enterprise")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task ExportedJson_IsWhatWasTyped()
    {
        var page = await OpenAsync();

        await page.TypeAsync("agency", "示例市交通运输局");
        await page.TypeAsync("overview.text", "全年主动公开信息 120 条。");
        await page.TypeAsync($"{NewReceived}.natural_person", "12");
        await page.TypeAsync("active_disclosure_2021.fee_amount_wan_yuan", "3.25");
        await page.TypeAsync("active_disclosure_2021.rules.issued", "2");
        await Expect(page.Page.Locator("#finding-count")).Not.ToBeEmptyAsync();

        var exported = RequestJson.ParseRenderRequest(await page.ExportAsync());

        var expected = new AnnualReport
        {
            Agency = "示例市交通运输局",
            Year = 2023,
            Overview = new Protos.V1.RichText { Text = "全年主动公开信息 120 条。" },
            Applications = new ApplicationStats { NewReceived = new ApplicantCounts { NaturalPerson = 12 } },
            ActiveDisclosure2021 = new ActiveDisclosure2021 { FeeAmountWanYuan = "3.25", Rules = new DocumentCounts { Issued = 2 } },
        };
        Assert.Equal(expected, exported.Report);
        Assert.Equal(await page.Page.Locator("#site").InputValueAsync(), exported.SiteCode);
    }

    [Fact]
    public async Task LoadingAFixture_ShowsItsFigures_AndExportsTheSameRequest()
    {
        var page = await OpenAsync();
        var fixture = CheckoutPaths.Fixture("synthetic-broken-2023.json");

        await page.Page.Locator("#load").SetInputFilesAsync(fixture);

        var original = RequestJson.ParseRenderRequest(await File.ReadAllTextAsync(fixture));
        await Expect(page.Field("agency")).ToHaveValueAsync(original.Report.Agency);
        await Expect(page.Field($"{NewReceived}.natural_person")).ToHaveValueAsync(original.Report.Applications.NewReceived.NaturalPerson.ToString());
        await Expect(page.Page.Locator("#site")).ToHaveValueAsync(original.SiteCode);
        await Expect(page.Page.Locator("#findings li.error").First).ToBeVisibleAsync();
        await page.ShotAsync("05-loaded-broken-fixture");
        Assert.Equal(original, RequestJson.ParseRenderRequest(await page.ExportAsync()));
    }

    [Fact]
    public async Task LoadingALegacyReport_ShowsItsOwnSections_AndNoNationalTables()
    {
        var page = await OpenAsync();
        var fixture = CheckoutPaths.Fixture("zhangdian-commerce-2017.json");
        var original = RequestJson.ParseRenderRequest(await File.ReadAllTextAsync(fixture));

        await page.Page.Locator("#load").SetInputFilesAsync(fixture);

        await Expect(page.Page.Locator("#edition")).ToContainTextAsync("2008年版");
        await Expect(page.Page.Locator("table.grid")).ToHaveCountAsync(0);
        await Expect(page.Field("sections.0.heading")).ToHaveValueAsync(original.Report.Sections[0].Heading);
        await Expect(page.Page.Locator("[data-path$='.heading']")).ToHaveCountAsync(original.Report.Sections.Count);
        await page.ShotAsync("09-legacy-2017");
        Assert.Equal(original, RequestJson.ParseRenderRequest(await page.ExportAsync()));
    }

    [Fact]
    public async Task RenderPdf_GivesAPdfWithWhatWasTyped_AndItsPageCount()
    {
        var page = await OpenAsync();
        await page.TypeAsync("agency", "示例市审计局");
        await page.TypeAsync($"{NewReceived}.natural_person", "5");

        await page.Page.Locator("#tab-pdf").ClickAsync();
        await page.Page.Locator("#render-pdf").ClickAsync();
        var link = page.Page.Locator("#pdf-download");
        await Expect(link).ToBeVisibleAsync();
        await Expect(page.Page.Locator("#pdf-facts")).ToContainTextAsync("2021年版（国办公开办函〔2021〕30号）");
        await page.ShotAsync("06-pdf");
        var download = await page.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());

        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        var pages = System.Text.RegularExpressions.Regex.Match(await page.Page.Locator("#pdf-facts").InnerTextAsync(), @"(\d+) 页").Groups[1].Value;
        var text = Support.PdfText.Of(pdf);
        Assert.Contains("示例市审计局", text);
        Assert.Equal(int.Parse(pages), text.Split('\f').Count(p => p.Trim().Length > 0));
    }

    public static TheoryData<string> HostileFields => new() { "agency", "overview.text", "signed_by" };

    [Theory]
    [MemberData(nameof(HostileFields))]
    public async Task HostileTextInAnyField_StaysTextInTheHtmlPreview(string path)
    {
        const string hostile = "</title><script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
        var page = await OpenAsync();
        var dialogs = 0;
        page.Page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await page.TypeAsync(path, hostile);
        await page.Page.Locator("#tab-html").ClickAsync();

        var frame = page.Page.Locator("#html-preview");
        await Expect(page.Page.Locator("#html-facts")).ToContainTextAsync("生成");
        await Expect(page.Page.FrameLocator("#html-preview").Locator("body")).ToContainTextAsync(hostile);
        Assert.Equal("", await frame.GetAttributeAsync("sandbox"));
        var preview = new HtmlDocument();
        preview.LoadHtml(await frame.GetAttributeAsync("srcdoc") ?? "");
        Assert.Null(preview.DocumentNode.SelectSingleNode("//script"));
        Assert.Null(preview.DocumentNode.SelectSingleNode("//img[@onerror]"));
        Assert.Equal(0, await page.Page.Locator("#report script, #findings script, #findings img").CountAsync());
        Assert.Equal(0, dialogs);
        await page.ShotAsync($"07-hostile-{path.Replace('.', '-')}");
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(820, 1180)]
    [InlineData(390, 844)]
    public async Task Page_FitsTheWidth_OfADesktopATabletAndAPhone(int width, int height)
    {
        var page = await OpenAsync(2023, width, height);
        await page.TypeAsync($"{NewReceived}.natural_person", "3");
        await page.TypeAsync($"{NewReceived}.total", "4");
        await Expect(page.MarkedFor("APPLICANT_ROW_TOTAL")).ToHaveCountAsync(1);

        var overflow = await page.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.Equal(0, overflow);
        await page.Page.Locator("table.grid[data-key=applications]").ScrollIntoViewIfNeededAsync();
        await page.ShotAsync($"08-width-{width}");
    }

    /// <summary>
    /// The top bar as planned at each width: one row on a desktop; on a tablet the title, key and file
    /// actions, then the site, year and edition; on a phone one group per row. Nothing leaves the
    /// viewport and no two controls overlap.
    /// </summary>
    [Theory]
    [InlineData(1280, 1)]
    [InlineData(820, 2)]
    [InlineData(390, 4)]
    public async Task Bar_FitsTheWidth_InItsPlannedRows(int width, int rows)
    {
        var page = await OpenAsync(2023, width, 800);

        var viewport = await page.Page.EvaluateAsync<double>("document.documentElement.clientWidth");
        var groups = await BoxesAsync(page, ".bar > *");
        var controls = await BoxesAsync(page, ".bar h1, .bar label, .bar #edition, .bar button");

        Assert.Equal(rows, RowsOf(groups));
        Assert.All(controls, c => Assert.True(c[0] >= 0 && c[1] <= viewport, $"a control spans {c[0]}–{c[1]} px of {viewport}"));
        for (var i = 0; i < controls.Length; i++)
            for (var j = i + 1; j < controls.Length; j++)
                Assert.False(Overlap(controls[i], controls[j]), $"controls {i} and {j} of the bar overlap");
        if (width == 820)
        {
            var (key, actions, report) = (await BoxesAsync(page, ".bar-key"), await BoxesAsync(page, ".bar-actions"), await BoxesAsync(page, ".bar-report"));
            Assert.True(key[0][3] <= report[0][2] && actions[0][3] <= report[0][2], "the key and the file actions share the title's row, above the site and year");
        }
        await page.ShotAsync($"09-bar-{width}");
    }

    /// <summary>Each visible element's box as [left, right, top, bottom], in CSS pixels.</summary>
    private static Task<double[][]> BoxesAsync(AdminPage page, string selector) =>
        page.Page.Locator(selector).EvaluateAllAsync<double[][]>(
            "elements => elements.map(e => e.getBoundingClientRect()).filter(r => r.width > 0).map(r => [r.left, r.right, r.top, r.bottom])");

    /// <summary>Rows of boxes: a box starts a new row when it lies wholly below every box of the row before.</summary>
    private static int RowsOf(double[][] boxes)
    {
        var rows = 0;
        var rowBottom = double.NegativeInfinity;
        foreach (var box in boxes.OrderBy(b => b[2]))
        {
            if (box[2] >= rowBottom)
            {
                rows++;
                rowBottom = box[3];
            }
            else
            {
                rowBottom = Math.Max(rowBottom, box[3]);
            }
        }
        return rows;
    }

    private static bool Overlap(double[] a, double[] b) => a[0] < b[1] && b[0] < a[1] && a[2] < b[3] && b[2] < a[3];
}

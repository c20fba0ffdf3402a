using DocGen.Api;
using DocGen.Cli;
using DocGen.Cli.Backends;
using DocGen.Cli.Batch;
using DocGen.Cli.Commands;
using DocGen.Rendering;
using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Google.Protobuf;

namespace DocGen.Server.Tests;

/// <summary><c>docgen batch</c>: an archive job's view. Every request ends written, up to date or listed as failed.</summary>
public sealed class CliBatchTests(DocGenServerFixture fixture) : IClassFixture<DocGenServerFixture>, IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("docgen-cli-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private string Input()
    {
        var input = Path.Combine(_work, "in");
        Directory.CreateDirectory(input);
        foreach (var name in new[] { "panjin-commerce-2022.json", "minhou-commerce-2020.json", "zhangdian-commerce-2017.json" })
            File.Copy(CheckoutPaths.Fixture(name), Path.Combine(input, name));
        File.WriteAllText(Path.Combine(input, "unreadable.json"), """{"requestId": "unreadable", "report": {"year": "two thousand"}}""");
        File.WriteAllText(Path.Combine(input, "unknown-site.json"), """{"requestId": "unknown-site", "siteCode": "0000000000", "report": {"agency": "某局", "year": 2022}}""");
        File.Copy(CheckoutPaths.Fixture("panjin-commerce-2022.json"), Path.Combine(input, "same-id-again.json"));
        return input;
    }

    private static IReportBackend InProcess()
    {
        var rendering = new ReportRendererSetup { TemplatesRoot = CheckoutPaths.Templates, WatchTemplates = false }.Create();
        return new InProcessBackend(new ReportApi(rendering.Renderer, new RenderScheduler(new RenderSchedulerOptions())), batchWindow: 4);
    }

    private static async Task<(int Exit, string Out)> RunAsync(IReportBackend backend, params string[] args)
    {
        var stdout = new StringWriter();
        var exit = await BatchCommand.RunAsync(CliArguments.Parse("batch", args), backend, stdout, new StringWriter(), CancellationToken.None);
        return (exit, stdout.ToString());
    }

    [Fact]
    public async Task Batch_GoodAndBadRequests_WritesTheGoodAndListsEveryFailure()
    {
        var output = Path.Combine(_work, "out");
        await using var backend = InProcess();

        var (exit, text) = await RunAsync(backend, Input(), "-o", output);

        Assert.Equal(1, exit);
        Assert.Contains("6 request(s): 3 written, 0 up to date, 3 failed", text);
        Assert.Contains("failed unreadable:", text);
        Assert.Contains("failed unknown-site: NOT_FOUND", text);
        // Reported against the file that repeats the id, naming the one that had it first.
        Assert.Contains("failed same-id-again: duplicate request_id \"panjin-commerce-2022\", already used by panjin-commerce-2022", text);
        foreach (var id in new[] { "panjin-commerce-2022", "minhou-commerce-2020", "zhangdian-commerce-2017" })
        {
            Assert.True(File.Exists(Path.Combine(output, id + ".html")), id + ".html");
            Assert.True(File.Exists(Path.Combine(output, id + ".pdf")), id + ".pdf");
        }
    }

    [Fact]
    public async Task Batch_RunAgain_SkipsWhatIsUpToDateAndRedoesWhatWasDamaged()
    {
        var input = Input();
        var output = Path.Combine(_work, "out");
        await using var backend = InProcess();
        await RunAsync(backend, input, "-o", output);
        File.AppendAllText(Path.Combine(output, "minhou-commerce-2020.html"), "<!-- edited by hand -->");

        var (_, text) = await RunAsync(backend, input, "-o", output);

        Assert.Contains("1 written, 2 up to date, 3 failed", text);
        Assert.DoesNotContain("edited by hand", File.ReadAllText(Path.Combine(output, "minhou-commerce-2020.html")));
    }

    [Fact]
    public async Task Batch_ThroughServer_SameOutputsAsInProcess()
    {
        var input = Input();
        await using (var local = InProcess()) await RunAsync(local, input, "-o", Path.Combine(_work, "local"));
        await using var remote = new ServerBackend(fixture.Server.Address);

        var (exit, text) = await RunAsync(remote, input, "-o", Path.Combine(_work, "remote"));

        Assert.Equal(1, exit);
        Assert.Contains("3 written, 0 up to date, 3 failed", text);
        foreach (var file in Directory.GetFiles(Path.Combine(_work, "local")).Select(Path.GetFileName))
            Assert.Equal(File.ReadAllBytes(Path.Combine(_work, "local", file!)), File.ReadAllBytes(Path.Combine(_work, "remote", file!)));
    }

    [Fact]
    public async Task Batch_JsonLines_OneRequestPerLine()
    {
        var lines = Path.Combine(_work, "requests.jsonl");
        var one = File.ReadAllText(CheckoutPaths.Fixture("panjin-commerce-2022.json")).ReplaceLineEndings(" ");
        File.WriteAllLines(lines, [one.Replace("panjin-commerce-2022", "line-a"), "", one.Replace("panjin-commerce-2022", "line-b"), "{not json"]);
        await using var backend = InProcess();

        var (exit, text) = await RunAsync(backend, lines, "-o", Path.Combine(_work, "out"));

        Assert.Equal(1, exit);
        Assert.Contains("3 request(s): 2 written, 0 up to date, 1 failed", text);
        Assert.Contains("requests-line4", text);
    }

    [Fact]
    public async Task Batch_ServerUnreachable_EveryRequestAccountedForAndExitOne()
    {
        var input = Input();
        await using var nowhere = new ServerBackend("http://127.0.0.1:9"); // discard port: nothing listens

        var (exit, text) = await RunAsync(nowhere, input, "-o", Path.Combine(_work, "out"));

        Assert.Equal(1, exit);
        Assert.Contains("batch stopped early: UNAVAILABLE", text);
        var summary = System.Text.RegularExpressions.Regex.Match(text, @"6 request\(s\): 0 written, 0 up to date, (\d+) failed\r?\nnot sent: (\d+) request\(s\); re-run to resume");
        Assert.True(summary.Success, text);
        Assert.Equal(6, int.Parse(summary.Groups[1].Value) + int.Parse(summary.Groups[2].Value));
        Assert.DoesNotContain("no result came back", text);
    }

    [Fact]
    public async Task Batch_ServerStopsMidBatch_UnsentRequestsOnOneNotSentLine()
    {
        var input = Path.Combine(_work, "long");
        Directory.CreateDirectory(input);
        for (var i = 0; i < 8; i++)
            File.WriteAllText(Path.Combine(input, $"long-{i}.json"), Google.Protobuf.JsonFormatter.Default.Format(Requests.Long($"long-{i}", paragraphs: 600)));
        var output = Path.Combine(_work, "out");
        var server = await DocGenServer.StartAsync(("Rendering:MaxConcurrency", "1"), ("Rendering:BatchWindow", "1"));
        await using var remote = new ServerBackend(server.Address);

        var batch = RunAsync(remote, input, "-o", output);
        while (!Directory.Exists(output) || !Directory.EnumerateFiles(output, "*.pdf").Any()) await Task.Delay(50);
        await server.StopAsync();
        var (exit, text) = await batch;
        await server.DisposeAsync();

        Assert.Equal(1, exit);
        Assert.Contains("batch stopped early: UNAVAILABLE", text);
        var summary = System.Text.RegularExpressions.Regex.Match(text, @"8 request\(s\): (\d+) written, 0 up to date, 0 failed\r?\nnot sent: (\d+) request\(s\); re-run to resume");
        Assert.True(summary.Success, text);
        Assert.Equal(8, int.Parse(summary.Groups[1].Value) + int.Parse(summary.Groups[2].Value));
        Assert.Equal(int.Parse(summary.Groups[1].Value), Directory.EnumerateFiles(output, "*.pdf").Count());
    }

    [Fact]
    public async Task Batch_ReportWithValidationErrors_WrittenWithItsFindingsListedAndKeptInTheReceipt()
    {
        var input = Path.Combine(_work, "broken");
        Directory.CreateDirectory(input);
        File.Copy(CheckoutPaths.Fixture("synthetic-broken-2023.json"), Path.Combine(input, "broken.json"));
        var output = Path.Combine(_work, "out");
        await using var backend = InProcess();

        var (exit, text) = await RunAsync(backend, input, "-o", output);

        Assert.Equal(0, exit);
        var id = Requests.Fixture("synthetic-broken-2023.json").RequestId;
        Assert.Contains($"written {id} with 4 error(s)", text);
        Assert.Contains("APPLICANT_ROW_TOTAL", text);
        using var receipt = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, OutputStore.SafeName(id) + ".docgen.json")));
        var codes = receipt.RootElement.GetProperty("Findings").EnumerateArray().Select(f => f.GetProperty("Code").GetString()).ToArray();
        Assert.Contains("APPLICANT_ROW_TOTAL", codes);
        Assert.Contains("NEGATIVE_COUNT", codes);
    }

    [Fact]
    public async Task Batch_ThreeShards_EveryRequestWrittenByExactlyOneWorker()
    {
        var input = Path.Combine(_work, "archive");
        Directory.CreateDirectory(input);
        var fixture = File.ReadAllText(CheckoutPaths.Fixture("minhou-commerce-2020.json"));
        var ids = Enumerable.Range(0, 24).Select(i => $"minhou-{i:D2}").ToArray();
        foreach (var id in ids) File.WriteAllText(Path.Combine(input, id + ".json"), fixture.Replace("minhou-commerce-2020", id));
        await using var backend = InProcess();

        var written = new List<string>();
        for (var k = 0; k < 3; k++)
        {
            var output = Path.Combine(_work, $"shard{k}");
            var (exit, text) = await RunAsync(backend, input, "-o", output, "--shard", $"{k}/3");
            Assert.Equal(0, exit);
            var receipts = Directory.GetFiles(output, "*.docgen.json").Select(f => Path.GetFileName(f)[..^".docgen.json".Length]).ToArray();
            Assert.Contains($"{receipts.Length} request(s): {receipts.Length} written", text);
            Assert.InRange(receipts.Length, 1, ids.Length - 2); // a share, not all or nothing
            written.AddRange(receipts);
        }

        Assert.Equal(ids, written.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// 盘锦市商务局's report for <paramref name="year"/> as request <paramref name="id"/> in <paramref name="folder"/>:
    /// 上年结转 and 结转下年度继续办理 of natural persons as given, HTML only.
    /// </summary>
    private static void WritePanjin(string folder, string id, int year, long carriedOver, long carriedForward)
    {
        var request = Requests.Fixture("panjin-commerce-2022.json");
        request.RequestId = id;
        request.Formats.Clear();
        request.Formats.Add(OutputFormat.HtmlPage);
        request.Report.Year = year;
        request.Report.Applications.CarriedOver = new ApplicantCounts { NaturalPerson = carriedOver };
        request.Report.Applications.CarriedForward = new ApplicantCounts { NaturalPerson = carriedForward };
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, id + ".json"), JsonFormatter.Default.Format(request));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Batch_ConsecutiveYearsOfOneAgency_CarriedOverMismatchListedNamingBothYearsAndTheField(bool throughServer)
    {
        var input = Path.Combine(_work, "years");
        WritePanjin(input, "panjin-2021", 2021, carriedOver: 0, carriedForward: 2);
        WritePanjin(input, "panjin-2022", 2022, carriedOver: 2, carriedForward: 4);
        WritePanjin(input, "panjin-2023", 2023, carriedOver: 3, carriedForward: 0);
        File.Copy(CheckoutPaths.Fixture("minhou-commerce-2020.json"), Path.Combine(input, "minhou-commerce-2020.json"));
        File.WriteAllText(Path.Combine(input, "unreadable.json"), """{"requestId": "unreadable", "report": {"year": "two thousand"}}""");
        var output = Path.Combine(_work, "out");
        await using var backend = throughServer ? new ServerBackend(fixture.Server.Address) : InProcess();

        var (exit, text) = await RunAsync(backend, input, "-o", output);

        Assert.Equal(1, exit); // the unreadable request; the mismatch fails nothing
        Assert.Contains("5 request(s): 4 written, 0 up to date, 1 failed", text);
        Assert.Contains("cross-year: 1 request(s) whose 上年结转 is not the year before's 结转下年度继续办理:\n  panjin-2023 (2023) against panjin-2022 (2022):\n", text.ReplaceLineEndings("\n"));
        Assert.Contains("CARRIED_OVER_MISMATCH      applications.carried_over.natural_person: 表三「二、上年结转政府信息公开申请数量」「自然人」应等于盘锦市商务局2022年报告的「四、结转下年度继续办理」4，盘锦市商务局2023年报告填报为 3", text);
        Assert.DoesNotContain("panjin-2022 (2022) against", text);
        Assert.DoesNotContain("minhou-commerce-2020 (2020) against", text);
        Assert.True(File.Exists(Path.Combine(output, "panjin-2023.html")));
    }

    [Fact]
    public async Task Batch_RunAgainWithTheNextYear_CheckedAgainstTheYearAlreadyUpToDate()
    {
        var input = Path.Combine(_work, "years");
        var output = Path.Combine(_work, "out");
        WritePanjin(input, "panjin-2022", 2022, carriedOver: 0, carriedForward: 4);
        await using var backend = InProcess();
        var (_, first) = await RunAsync(backend, input, "-o", output);
        WritePanjin(input, "panjin-2023", 2023, carriedOver: 5, carriedForward: 0);

        var (exit, text) = await RunAsync(backend, input, "-o", output);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("cross-year", first);
        Assert.Contains("2 request(s): 1 written, 1 up to date, 0 failed", text);
        Assert.Contains("panjin-2023 (2023) against panjin-2022 (2022):", text);
    }

    [Fact]
    public async Task Batch_YearsInDifferentShards_TheMismatchListedOnceByTheWorkerHoldingTheLaterYear()
    {
        var input = Path.Combine(_work, "years");
        WritePanjin(input, "panjin-2022", 2022, carriedOver: 0, carriedForward: 4);
        var later = Enumerable.Range(0, 100).Select(i => $"panjin-2023-{i}").First(id => new BatchShard(0, 2).Contains(id) != new BatchShard(0, 2).Contains("panjin-2022"));
        WritePanjin(input, later, 2023, carriedOver: 1, carriedForward: 0);
        await using var backend = InProcess();

        var texts = new List<(BatchShard Shard, string Text)>();
        for (var k = 0; k < 2; k++)
            texts.Add((new BatchShard(k, 2), (await RunAsync(backend, input, "-o", Path.Combine(_work, $"shard{k}"), "--shard", $"{k}/2")).Out));

        var listing = Assert.Single(texts, t => t.Text.Contains("cross-year"));
        Assert.True(listing.Shard.Contains(later));
        Assert.Contains($"{later} (2023) against panjin-2022 (2022):", listing.Text);
    }

    [Theory]
    [InlineData("../../etc/passwd", "_.._etc_passwd")]
    [InlineData("盘锦/2022", "盘锦_2022")]
    [InlineData("..", "_")]
    [InlineData("a b:c", "a_b_c")]
    public void SafeName_AnyRequestId_StaysInsideTheOutputFolder(string requestId, string expected)
    {
        Assert.Equal(expected, OutputStore.SafeName(requestId));
    }
}

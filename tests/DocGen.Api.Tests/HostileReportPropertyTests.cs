using DocGen.Api.Tests.Support;
using DocGen.Protos.V1;
using DocGen.Rendering;
using FsCheck;
using FsCheck.Fluent;

namespace DocGen.Api.Tests;

/// <summary>
/// Random reports built from hostile pieces (extreme figures, undefined editions, odd years,
/// control characters, lone surrogates, broken html): every one renders to a well-formed
/// response or is refused with INVALID_ARGUMENT naming a report field.
/// </summary>
public sealed class HostileReportPropertyTests
{
    private static readonly Lazy<ReportApi> SharedApi = new(() =>
    {
        var rendering = new ReportRendererSetup { TemplatesRoot = CheckoutPaths.Templates, WatchTemplates = false }.Create();
        return new ReportApi(rendering.Renderer, new RenderScheduler(new RenderSchedulerOptions()));
    });

    private static readonly string[] CountPaths =
        [.. new[] { "active_disclosure_2021", "active_disclosure_2019", "applications", "review_litigation" }.SelectMany(ProtoCells.CountPaths)];

    private static readonly string[] Strings =
    [
        "", " ", "\t\u3000", "\u0000\u0001\u001F\u007F", "😀👨‍👩‍👧𠮷𪚥", "\uD800孤\uDC00", "مرحبا \u202Eabc", "2023-02-30", "2023-01-11",
        "12.5", "-0", "1e309", "NaN", "１２", "0x10", new string('9', 500), new string('字', 3000), new string('x', 5000),
        "<script>alert(1)</script>", "<ul><li><table><tr><td colspan=99999 rowspan=99999>格", "<a href=' javascript:alert(1)'>点</a>",
        "<p>" + string.Concat(Enumerable.Repeat("<div>", 300)), "\n\n\n", "第一段\n第二段", "信息处理费",
    ];

    private static readonly long[] Figures =
        [0, 1, -1, 7, 1_000_000_000_000, 1_000_000_000_001, -1_000_000_000_001, long.MaxValue, long.MinValue, long.MaxValue - 1];

    /// <summary>What one random report is made of (FsCheck prints it when a case fails).</summary>
    public sealed record Recipe(int Edition, int Year, (int Path, int Figure)[] Cells, int[] Texts, int Sections)
    {
        public override string ToString() =>
            $"edition {Edition}, year {Year}, cells [{string.Join(", ", Cells.Select(c => $"{CountPaths[c.Path]}={Figures[c.Figure]}"))}], " +
            $"texts [{string.Join(", ", Texts)}], sections {Sections}";
    }

    private static Gen<Recipe> Recipes() =>
        from edition in Gen.Elements(0, 1, 2, 3, 7, -1)
        from year in Gen.Elements(0, -5, 2007, 2008, 2017, 2019, 2020, 2021, 2023, int.MaxValue, int.MinValue)
        from cells in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, CountPaths.Length - 1), Gen.Choose(0, Figures.Length - 1)), 8)
        from texts in Gen.ArrayOf(Gen.Choose(0, Strings.Length - 1), 10)
        from sections in Gen.Choose(0, 3)
        select new Recipe(edition, year, cells, texts, sections);

    private static RenderRequest Build(Recipe recipe)
    {
        string S(int i) => Strings[recipe.Texts[i]];
        var report = new AnnualReport
        {
            Edition = (Edition)recipe.Edition,
            Year = recipe.Year,
            Agency = S(0),
            Title = S(1),
            SignedOn = S(2),
            SignedBy = S(3),
            Overview = new DocGen.Protos.V1.RichText { Text = S(4), Html = S(5) },
            Problems = new DocGen.Protos.V1.RichText { Html = S(6) },
            OtherMatters = new DocGen.Protos.V1.RichText { Text = S(7) },
        };
        foreach (var (path, figure) in recipe.Cells) ProtoCells.Set(report, CountPaths[path], Figures[figure]);
        if (report.ActiveDisclosure2021 is { } a21) a21.FeeAmountWanYuan = S(8);
        if (report.ActiveDisclosure2019 is { } a19) a19.ProcurementAmount = S(8);
        for (var i = 0; i < recipe.Sections; i++)
            report.Sections.Add(new Section { Heading = S(9), Body = new DocGen.Protos.V1.RichText { Html = S((i + 5) % 10) } });
        return new RenderRequest { SiteCode = "2111000031", Report = report, Formats = { OutputFormat.HtmlFragment, OutputFormat.Pdf } };
    }

    [Fact]
    public void Render_RandomHostileReport_RespondsOrRefusesNamingAReportField()
    {
        Prop.ForAll(Recipes().ToArbitrary(), recipe =>
        {
            // Off the test's synchronisation context: the property runs synchronously.
            var outcome = Task.Run(() => HostileOutcome.RenderAsync(SharedApi.Value, Build(recipe))).GetAwaiter().GetResult();

            if (outcome.Refusal is { } refusal)
            {
                Assert.Equal(ApiStatusCode.InvalidArgument, refusal.Code);
                Assert.StartsWith("report.", refusal.Message, StringComparison.Ordinal);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }
}

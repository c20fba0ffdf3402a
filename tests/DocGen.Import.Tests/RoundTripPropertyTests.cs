using System.Text;
using DocGen.Core.Layout;
using DocGen.Import.Recognition;
using DocGen.Import.Tests.Support;
using DocGen.Rendering;
using FsCheck;
using FsCheck.Fluent;
using CoreEdition = DocGen.Core.Model.Edition;
using P = DocGen.Protos.V1;

namespace DocGen.Import.Tests;

/// <summary>
/// FsCheck-generated reports of both editions — random figures in every cell of tables 二, 三 and
/// 四 (negative counts and 本年增/减 included), random agency and year — rendered by DocGen to HTML
/// and to PDF, import back to the same report.
/// </summary>
public sealed class RoundTripPropertyTests
{
    private static readonly string[] Agencies = ["盘锦市商务局", "示例市人民政府办公室", "闽侯县商务局", "淮安市洪泽区人民政府", "某某自治州生态环境局"];

    /// <summary>One generated report (FsCheck prints it when a case fails).</summary>
    public sealed record Recipe(bool Edition2021, int Agency, int YearOffset, long[] Figures, int AmountCents)
    {
        public override string ToString() =>
            $"{(Edition2021 ? "2021" : "2019")} {Agencies[Agency]} +{YearOffset} figures [{string.Join(",", Figures)}] amount {AmountCents}";
    }

    private static Gen<Recipe> Recipes() =>
        from edition2021 in Gen.Elements(true, false)
        from agency in Gen.Choose(0, Agencies.Length - 1)
        from year in Gen.Choose(0, 1)
        from figures in Gen.ArrayOf(Gen.OneOf(Gen.Choose(0, 20), Gen.Choose(0, 99_999), Gen.Choose(-5, 0)).Select(i => (long)i), 300)
        from amount in Gen.Choose(0, 10_000_000)
        select new Recipe(edition2021, agency, year, figures, amount);

    private static P.RenderRequest Build(Recipe recipe)
    {
        var edition = recipe.Edition2021 ? CoreEdition.Edition2021 : CoreEdition.Edition2019;
        var report = new P.AnnualReport
        {
            Agency = Agencies[recipe.Agency],
            Year = (recipe.Edition2021 ? 2022 : 2019) + recipe.YearOffset,
            Overview = new P.RichText { Text = "本年度，我单位认真贯彻《条例》。\n（一）主动公开情况。" },
            Problems = new P.RichText { Text = "一是形式不够丰富。" },
            OtherMatters = new P.RichText { Text = "无。" },
        };
        var i = 0;
        foreach (var binding in NationalLayout.Tables(edition).SelectMany(t => t.Bindings))
        {
            var figure = recipe.Figures[i++ % recipe.Figures.Length];
            var value = binding.Kind switch
            {
                ValueKind.Amount => recipe.AmountCents / 100m,
                ValueKind.SignedCount => figure,
                _ => Math.Abs(figure),
            };
            ReportFieldWriter.Set(report, binding.Path, value);
        }
        return new P.RenderRequest { SiteCode = "2111000031", Report = report };
    }

    [Fact]
    public void Import_GeneratedReportsRenderedToHtml_GiveTheSameReport()
    {
        Prop.ForAll(Recipes().ToArbitrary(), recipe =>
        {
            var request = Build(recipe);
            var html = Renders.Render(request, OutputKind.HtmlPage).HtmlPage!;

            var imported = ReportImporter.Import(Encoding.UTF8.GetBytes(html), "text/html", "", CoreEdition.Unspecified, CancellationToken.None);

            var differences = SameReport.Differences(request.Report, imported.Report);
            Assert.True(differences.Length == 0, differences);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public void Import_GeneratedReportsRenderedToPdf_GiveTheSameReport()
    {
        Prop.ForAll(Recipes().ToArbitrary(), recipe =>
        {
            var request = Build(recipe);
            var pdf = Renders.Render(request, OutputKind.Pdf).Pdf!;

            var imported = ReportImporter.Import(pdf, "application/pdf", "", CoreEdition.Unspecified, CancellationToken.None);

            var differences = SameReport.Differences(request.Report, imported.Report, compareMeta: false);
            Assert.True(differences.Length == 0, differences);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(15));
    }
}

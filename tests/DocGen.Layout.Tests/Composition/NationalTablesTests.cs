using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Layout;
using DocGen.Layout.Composition;
using DocGen.Layout.Tests.Support;

namespace DocGen.Layout.Tests.Composition;

public class NationalTablesTests
{
    private static AnnualReport EveryApplicantCount(long figure) => new()
    {
        Agency = "示例局",
        Year = 2022,
        Applications = new ApplicationStats { NewReceived = new ApplicantCounts(figure, figure, figure, figure, figure, figure) },
    };

    private static TableMetrics Table三(AnnualReport report)
    {
        var (spec, cells) = NationalTables.ToSpec(NationalLayout.Applications(Edition.Edition2021), report, TestText.Atomizer);
        return TableMetrics.Measure(spec, cells, PageGeometry.TextBlock.Width);
    }

    [Theory]
    [InlineData(1_000_000_000_000)]
    [InlineData(long.MaxValue)]
    public void ToSpec_FiguresTooLongForTheirColumns_WrapInsideThePageWidth(long figure)
    {
        var m = Table三(EveryApplicantCount(figure));

        Assert.True(m.ColumnLefts[^1] <= PageGeometry.TextBlock.Width + Units.Epsilon,
            $"table 三 is {m.ColumnLefts[^1]:0.#} pt wide; the text block is {PageGeometry.TextBlock.Width:0.#} pt");
    }

    [Fact]
    public void ToSpec_EightDigitFigure_StaysOneAtom()
    {
        var (_, cells) = NationalTables.ToSpec(NationalLayout.Applications(Edition.Edition2021), EveryApplicantCount(12_345_678), TestText.Atomizer);

        var figures = cells.Where(c => c.Spec.Kind == CellKind.Value && string.Concat(c.Spec.Atoms.Select(a => a.Text)) == "12345678").ToList();
        Assert.Equal(6, figures.Count);
        Assert.All(figures, f => Assert.Single(f.Spec.Atoms));
    }
}

using DocGen.Core.Model;
using DocGen.Core.Tests.Support;
using DocGen.Core.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace DocGen.Core.Tests.Validation;

public class ReportValidatorPropertyTests
{
    private const int ThisYear = 2026;

    /// <summary>A valid report and how it was drawn (FsCheck prints this on failure).</summary>
    public sealed record Drawn(Edition Edition, int[] Figures, bool[] TotalsSent, bool ResultsTotalSent)
    {
        public AnnualReport Report()
        {
            var flag = 0;
            return ValidReports.Build(Edition, Figures, () => TotalsSent[flag++ % TotalsSent.Length], ResultsTotalSent);
        }

        public override string ToString() =>
            $"{Edition} figures=[{string.Join(',', Figures)}] totals=[{string.Join(',', TotalsSent.Select(t => t ? 1 : 0))}] (七)={ResultsTotalSent}";
    }

    public sealed record Retyped(Drawn Report, int CellIndex, int Delta)
    {
        public override string ToString() => $"{Report} cell#{CellIndex} delta={Delta}";
    }

    private static readonly Gen<int> Figure = Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(0, 40)), (1, Gen.Choose(0, 5000)));

    private static Gen<Drawn> Reports(bool everyTotalSent) =>
        from edition in Gen.Elements(Edition.Edition2019, Edition.Edition2021)
        from figures in Gen.ArrayOf(Figure, 240)
        from totals in everyTotalSent ? Gen.Constant(new[] { true }) : Gen.ArrayOf(Gen.Elements(true, false), 31)
        from resultsTotal in everyTotalSent ? Gen.Constant(true) : Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new Drawn(edition, figures, totals, resultsTotal);

    private static Gen<Retyped> RetypedReports(bool everyTotalSent) =>
        from report in Reports(everyTotalSent)
        from cell in Gen.Choose(0, int.MaxValue)
        from size in Gen.Choose(1, 60)
        from negative in Gen.Elements(true, false)
        select new Retyped(report, cell, negative ? -size : size);

    public sealed record TwiceRetyped(Drawn Report, int First, int Second, int Size, int Gap, bool FirstDown, bool SecondDown)
    {
        public override string ToString() => $"{Report} cells#{First},{Second} size={Size} gap={Gap} down={FirstDown},{SecondDown}";
    }

    private static void Check<T>(Gen<T> gen, Action<T> property) =>
        Prop.ForAll(gen.ToArbitrary(), property).QuickCheckThrowOnFailure();

    [Fact]
    public void Validate_RandomValidReport_NoErrors()
    {
        Check(Reports(everyTotalSent: false), drawn =>
        {
            var result = ReportValidator.Validate(drawn.Report(), ThisYear);

            Assert.Empty(result.Findings.Where(f => f.IsError).Select(f => f.Message));
        });
    }

    [Fact]
    public void Validate_TotalsLeftOut_CompletedReportCarriesTheTotalsThatWouldHaveBeenSent()
    {
        Check(Reports(everyTotalSent: false), drawn =>
        {
            var everyTotal = drawn with { TotalsSent = [true], ResultsTotalSent = true };

            var result = ReportValidator.Validate(drawn.Report(), ThisYear);

            Assert.Equal(everyTotal.Report().Applications, result.Completed.Applications);
            Assert.Equal(everyTotal.Report().ReviewLitigation, result.Completed.ReviewLitigation);
        });
    }

    [Fact]
    public void Validate_OneFigureRetypedWithEveryTotalSent_OneErrorAtThatFigureOrItsGroupTotal()
    {
        Check(RetypedReports(everyTotalSent: true), retyped =>
        {
            var report = retyped.Report.Report();
            var cells = ValueCell.Of(report, retyped.Report.Edition);
            var cell = cells[retyped.CellIndex % cells.Count];

            var result = ReportValidator.Validate(cell.Add(report, retyped.Delta), ThisYear);

            var error = Assert.Single(result.Findings, f => f.IsError);
            if (cell.Path.StartsWith("review_litigation.", StringComparison.Ordinal))
            {
                // A table 四 figure takes part in one check only: unless it went negative, its group's 总计 is named.
                Assert.True(error.Path == cell.Path || cell.Neighbours.Contains(error.Path), error.Message);
            }
            else
            {
                Assert.Equal(cell.Path, error.Path);
            }
        });
    }

    [Fact]
    public void Validate_TwoFiguresRetypedInOtherRowsAndColumnsBySizesThatDiffer_OneErrorAtEach()
    {
        // Mistakes of the same size could as well sit at the other corners of their rectangle; those are not asked of it.
        var gen =
            from report in Reports(everyTotalSent: true)
            from first in Gen.Choose(0, int.MaxValue)
            from second in Gen.Choose(0, int.MaxValue)
            from size in Gen.Choose(1, 40)
            from gap in Gen.Choose(1, 40)
            from firstDown in Gen.Elements(true, false)
            from secondDown in Gen.Elements(true, false)
            select new TwiceRetyped(report, first, second, size, gap, firstDown, secondDown);

        Check(gen, retyped =>
        {
            var report = retyped.Report.Report();
            var cells = ValueCell.Of(report, retyped.Report.Edition).Where(c => c.Path.StartsWith("applications.", StringComparison.Ordinal)).ToArray();
            var a = cells[retyped.First % cells.Length];
            var others = cells.Where(c => Row(c) != Row(a) && Column(c) != Column(a)).ToArray();
            var b = others[retyped.Second % others.Length];
            var changed = b.Add(a.Add(report, retyped.FirstDown ? -retyped.Size : retyped.Size),
                retyped.SecondDown ? -(retyped.Size + retyped.Gap) : retyped.Size + retyped.Gap);

            var result = ReportValidator.Validate(changed, ThisYear);

            Assert.Equal(new[] { a.Path, b.Path }.Order(), result.Findings.Where(f => f.IsError).Select(f => f.Path).Order());
        });

        static string Row(ValueCell cell) => cell.Path[..cell.Path.LastIndexOf('.')];
        static string Column(ValueCell cell) => cell.Path[(cell.Path.LastIndexOf('.') + 1)..];
    }

    [Fact]
    public void Validate_OneFigureRetypedWithSomeTotalsLeftOut_ErrorNamesTheFigureOrItsRowOrColumnCheck()
    {
        Check(RetypedReports(everyTotalSent: false), retyped =>
        {
            var report = retyped.Report.Report();
            var cells = ValueCell.Of(report, retyped.Report.Edition)
                .Where(c => c.Path.StartsWith("applications.", StringComparison.Ordinal)) // 四 has nothing to check a left-out total against
                .ToArray();
            var cell = cells[retyped.CellIndex % cells.Length];

            var result = ReportValidator.Validate(cell.Add(report, retyped.Delta), ThisYear);

            var errors = result.Findings.Where(f => f.IsError).ToArray();
            Assert.NotEmpty(errors);
            Assert.All(errors, f => Assert.True(f.Path == cell.Path || cell.Neighbours.Contains(f.Path), $"{f.Path}: {f.Message}"));
        });
    }
}

using System.Text.Json;
using DocGen.Core.Layout;
using DocGen.Core.Validation.CrossChecks;
using DocGen.Import.Recognition.Tables;

namespace DocGen.Import.Tests;

/// <summary>
/// Placing the figures of rows whose blank cells a capture dropped, on real rows of table 三 as
/// pdftotext -layout gives them: per row by its totals, table-wide by the 勾稽 rules, placed only
/// where every solution agrees, and bounded on hostile tables.
/// </summary>
public sealed class TablePlacementSolverTests
{
    private static readonly bool[] ApplicantCells = ApplicantColumns.All.Select(c => c.IsTotal).ToArray();

    private static string[] Paths(ApplicationRow row) => ApplicantColumns.All.Select(row.PathOf).ToArray();

    [Fact]
    public void RowPlacements_TwoFiguresForSevenCells_AreEveryPlacementTheRowTotalAllows()
    {
        // shuyang-drc-2023.layout.txt, line 100: "一、本年新收政府信息公开申请数量  26  26".
        var placements = RowPlacements.OfFigures([26m, 26m], ApplicantCells);

        // 26 in one of six columns with 总计 26, or two columns of 26 with the 总计 left blank (52).
        Assert.Equal(6 + 15, placements.Candidates.Count);
        Assert.Contains(placements.Candidates, c => c.SequenceEqual([26m, 0, 0, 0, 0, 0, 26m]));
        Assert.Contains(placements.Candidates, c => c.SequenceEqual([26m, 26m, 0, 0, 0, 0, 52m]));
        Assert.False(placements.Exhausted);
    }

    [Fact]
    public void RowPlacements_ZerosWhereverPlaced_AreOneCandidate()
    {
        var placements = RowPlacements.OfFigures([0m, 0m], ApplicantCells);

        Assert.Equal([new decimal[7]], placements.Candidates);
    }

    /// <summary>Table 三 of shanghai-gov-office-2019.layout.txt (lines 121–185), each row's figures as printed; blank rows hold none.</summary>
    private static readonly (ApplicationRow Row, decimal[] Figures)[] ShanghaiLayout =
    [
        (ApplicationRows.NewReceived, [821, 35, 2, 1, 859]),
        (ApplicationRows.CarriedOver, [18, 18]),
        (ApplicationRows.Disclosed, [258, 12, 1, 1]),
        (ApplicationRows.PartiallyDisclosed, [3]),
        (Row("withheld.state_secret"), [14]),
        (Row("withheld.prohibited_by_law"), []),
        (Row("withheld.safety_and_stability"), []),
        (Row("withheld.third_party_rights"), []),
        (Row("withheld.internal_affairs"), [5]),
        (Row("withheld.process_information"), [3, 1]),
        (Row("withheld.enforcement_files"), []),
        (Row("withheld.query_matters"), [10, 2]),
        (Row("unavailable.not_held"), [252, 12, 1]),
        (Row("unavailable.needs_creation"), [44, 3]),
        (Row("unavailable.still_unclear"), [25]),
        (Row("not_processed.complaints"), [148, 1]),
        (Row("not_processed.duplicate"), [5, 4]),
        (Row("not_processed.publications"), []),
        (Row("not_processed.excessive"), []),
        (Row("not_processed.confirmation"), []),
        (ApplicationRows.OtherHandling2019, []),
        (ApplicationRows.ResultsTotal, [767, 35, 2, 1, 805]),
        (ApplicationRows.CarriedForward, [72, 72]),
    ];

    private static ApplicationRow Row(string field) => ApplicationRows.Edition2019.Single(r => r.Field == field);

    private static IReadOnlyList<CrossCheckRule> Rules =>
        TableRules.For(ApplicationRows.Edition2019.SelectMany(Paths).ToHashSet(StringComparer.Ordinal));

    [Fact]
    public void Solve_ShanghaiLayoutTable_PlacesTheBlankRowsAsTheReportPrintsThem()
    {
        var rows = ShanghaiLayout.Select(r => new TablePlacementSolver.Row(Paths(r.Row),
            r.Figures.Length == 0 ? [new decimal[7]] : RowPlacements.OfFigures(r.Figures, ApplicantCells).Candidates)).ToList();
        var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "shanghai-gov-office-2019.truth.json")))
            .RootElement.GetProperty("figures");

        var outcome = TablePlacementSolver.Solve(new Dictionary<string, decimal>(), rows, Rules, ImportLimits.MaxTableSolverNodes);

        Assert.False(outcome.Exhausted);
        var placed = Enumerable.Range(0, rows.Count).Where(r => outcome.Placed[r] is not null).ToList();
        // The blank rows hold with the rules, so they are read as 0; the rows with figures are not
        // placed: no row fills all seven cells, so the rules cannot tell an applicant column from another.
        Assert.Equal(Enumerable.Range(0, rows.Count).Where(r => ShanghaiLayout[r].Figures.Length == 0), placed);
        foreach (var r in placed)
            Assert.Equal(rows[r].Paths.Select(p => decimal.Parse(truth.GetProperty(p).GetString()!)), outcome.Placed[r]!);
    }

    private static IReadOnlyList<CrossCheckRule> Rules2021 =>
        TableRules.For(ApplicationRows.Edition2021.SelectMany(Paths).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// shuyang-drc-2023's table 三: 26 in 一, （一）予以公开 and （七）总计, every other row 0. The rows
    /// in <paramref name="read"/> come with <paramref name="candidates"/>; the others are known
    /// (一 as 26 under 自然人 and 总计).
    /// </summary>
    private static TablePlacementSolver.Outcome SolveTwentySixes(ApplicationRow[] read, IReadOnlyList<decimal[]> candidates)
    {
        var known = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var rows = new List<TablePlacementSolver.Row>();
        foreach (var row in ApplicationRows.Edition2021)
        {
            var paths = Paths(row);
            if (read.Contains(row))
                rows.Add(new(paths, candidates));
            else
                for (var c = 0; c < paths.Length; c++) known[paths[c]] = row == ApplicationRows.NewReceived && (c == 0 || c == 6) ? 26 : 0;
        }
        return TablePlacementSolver.Solve(known, rows, Rules2021, ImportLimits.MaxTableSolverNodes);
    }

    private static readonly ApplicationRow[] TheThreeRows = [ApplicationRows.NewReceived, ApplicationRows.Disclosed, ApplicationRows.ResultsTotal];

    [Fact]
    public void Solve_RowsTheRulesCannotTellApart_AreLeftOut()
    {
        // shuyang-drc-2023.layout.txt: any one applicant column balances the table, so which one cannot be told.
        var outcome = SolveTwentySixes(TheThreeRows, RowPlacements.OfFigures([26m, 26m], ApplicantCells).Candidates);

        Assert.True(outcome.Solutions > 1);
        Assert.All(outcome.Placed, Assert.Null);
    }

    [Fact]
    public void Solve_CellsEverySolutionAgreesOn_AreGivenThoughTheRowIsNot()
    {
        // shuyang-drc-2023 as pdftotext -layout bounds it: each 26 in 自然人 or 商业企业, its 总计 26.
        // Which applicant column the rules cannot tell; the 总计 and the four columns left blank they can.
        var outcome = SolveTwentySixes(TheThreeRows,
            RowPlacements.OfFigures([26m, 26m], ApplicantCells, blanksAllowed: true, allowed: (k, c) => k == 0 ? c <= 1 : c == 6).Candidates);

        Assert.Equal(2, outcome.Solutions);
        Assert.All(outcome.Placed, Assert.Null);
        Assert.All(outcome.Cells, cells => Assert.Equal([null, null, 0m, 0m, 0m, 0m, 26m], cells!));
    }

    [Fact]
    public void Solve_OneSolution_PlacesEveryRow()
    {
        // The same table with 一 known: the rules leave one column for the 26s.
        var outcome = SolveTwentySixes([ApplicationRows.Disclosed, ApplicationRows.ResultsTotal], RowPlacements.OfFigures([26m, 26m], ApplicantCells).Candidates);

        Assert.Equal(1, outcome.Solutions);
        Assert.All(outcome.Placed, p => Assert.Equal([26m, 0, 0, 0, 0, 0, 26m], p!));
    }

    [Fact]
    public void Solve_HostileTableOfAmbiguousRows_StopsWithinItsBudget()
    {
        // Each of the 20 result rows holds one 1; 一 and （七）总计 print 4 4 3 3 3 3 20. Any spread of
        // the 1s with those column sums balances the table: millions of solutions. The search ends
        // within its budget, placing nothing.
        decimal[] columns = [4, 4, 3, 3, 3, 3, 20];
        var rows = ApplicationRows.Edition2021
            .Select(row => new TablePlacementSolver.Row(Paths(row), row.Role switch
            {
                ApplicationRowRole.Result => RowPlacements.OfFigures([1m], ApplicantCells).Candidates,
                _ when row == ApplicationRows.NewReceived || row == ApplicationRows.ResultsTotal => [columns],
                _ => [new decimal[7]],
            }))
            .ToList();
        const int budget = 20_000;

        var outcome = TablePlacementSolver.Solve(new Dictionary<string, decimal>(), rows, Rules2021, budget);

        Assert.True(outcome.Nodes <= budget + 1, $"{outcome.Nodes} steps");
        Assert.All(outcome.Placed.Where((_, r) => ApplicationRows.Edition2021[r].Role == ApplicationRowRole.Result), Assert.Null);
    }

    [Fact]
    public void RowPlacements_HostileDigitRun_StopsWithinItsBudget()
    {
        var placements = RowPlacements.OfDigits(new string('1', 63), ApplicantCells, blanksAllowed: true);

        Assert.True(placements.Nodes <= ImportLimits.MaxPlacementNodes + 1, $"{placements.Nodes} steps");
    }
}

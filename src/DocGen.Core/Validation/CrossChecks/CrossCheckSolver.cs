namespace DocGen.Core.Validation.CrossChecks;

/// <summary>
/// Turns failed cross-checks into findings, one per mistake where the mistake can be located.
/// A mistyped figure breaks every check it takes part in by the same amount: a row total
/// breaks its row and its column; a （七）总计 cell its row and both column checks. So when all
/// the checks a figure takes part in fail, each off by exactly what a single error in that
/// figure would cause, and it takes part in at least two, the figure is blamed once and the
/// checks it explains are settled. Checks no single figure explains are reported as the rule's
/// own finding. When no single figure explains what failed, two figures may
/// (<see cref="PairBlame"/>), e.g. two mistakes in one row.
/// </summary>
internal static class CrossCheckSolver
{
    /// <summary>What the solver concluded.</summary>
    /// <param name="ImpliedValues">For blamed figures in <c>alreadyReported</c>: the value the checks imply.</param>
    public sealed record Outcome(IReadOnlyList<Finding> Findings, IReadOnlyDictionary<string, long> ImpliedValues);

    /// <param name="alreadyReported">Figures another rule already reports (e.g. negative counts): blamed silently.</param>
    public static Outcome Solve(IReadOnlyList<CheckedCell> cells, IReadOnlyList<LinearCheck> checks, IReadOnlySet<string> alreadyReported)
    {
        var values = cells.ToDictionary(c => c.Path, c => c.Value, StringComparer.Ordinal);
        var byPath = cells.ToDictionary(c => c.Path, StringComparer.Ordinal);
        long Value(string path) => values[path];
        var live = checks.Where(c => !c.IsTrivial && c.Residual(Value) != 0).ToList();
        if (live.Count == 0)
        {
            return new Outcome([], new Dictionary<string, long>());
        }
        // Checks that hold still count: a figure in one of them is not to blame.
        live = checks.Where(c => !c.IsTrivial).ToList();
        var findings = new List<Finding>();
        var implied = new Dictionary<string, long>(StringComparer.Ordinal);

        void Settle(string path, long error)
        {
            var correct = values[path] - error;
            if (alreadyReported.Contains(path))
            {
                implied[path] = correct;
            }
            else
            {
                findings.Add(byPath[path].Pinpointed(values[path], correct));
            }
            values[path] = correct;
        }

        while (true)
        {
            if (Blame(cells, live, Value, alreadyReported) is { } blame)
            {
                if (blame.Rivals.Count == 0)
                {
                    Settle(blame.Path, blame.Error);
                }
                else if (blame.Rivals.All(r => r.Explained.ToHashSet().SetEquals(blame.Explained)))
                {
                    // Several figures explain exactly the same checks: which one cannot be known; name the narrowest check once.
                    findings.Add(blame.Explained.OrderBy(c => c.Terms.Count).First().Violated(Value));
                }
                else
                {
                    // Figures explaining overlapping checks equally well (two mistakes of the same size can look like
                    // two others at the opposite corners of a rectangle): blame none, report each check.
                    findings.AddRange(blame.Explained.Select(c => c.Violated(Value)));
                }
                live.RemoveAll(c => blame.Explained.Contains(c));
            }
            else if (PairBlame.Find(cells, live, Value, alreadyReported) is { } pair)
            {
                Settle(pair.First, pair.FirstError);
                Settle(pair.Second, pair.SecondError);
                live.RemoveAll(c => pair.Explained.Contains(c));
            }
            else
            {
                break;
            }
        }

        findings.AddRange(live.Where(c => c.Residual(Value) != 0).Select(c => c.Violated(Value)));
        return new Outcome(findings, implied);
    }

    /// <param name="Rivals">Other figures that explain as many of the same checks: then this one is not to be trusted.</param>
    private sealed record Suspect(string Path, long Error, IReadOnlyList<LinearCheck> Explained, IReadOnlyList<Suspect> Rivals);

    private static Suspect? Blame(
        IReadOnlyList<CheckedCell> cells, IReadOnlyList<LinearCheck> checks, Func<string, long> value, IReadOnlySet<string> alreadyReported)
    {
        var residuals = checks.ToDictionary(c => c, c => c.Residual(value));
        var suspects = new List<Suspect>();
        foreach (var cell in cells)
        {
            var involved = checks.Where(c => c.Terms.GetValueOrDefault(cell.Path) != 0).ToArray();
            // One failed check alone does not say which of its figures is wrong, unless another rule
            // already found one of them wrong (a negative count): then that one is to blame.
            var enough = alreadyReported.Contains(cell.Path) ? 1 : 2;
            if (involved.Length < enough || involved.Any(c => residuals[c] == 0))
            {
                continue;
            }
            var errors = involved
                .Select(c => (Residual: residuals[c], Coefficient: c.Terms[cell.Path]))
                .Select(x => x.Residual % x.Coefficient == 0 ? x.Residual / x.Coefficient : (long?)null)
                .Distinct()
                .ToArray();
            if (errors is [{ } error])
            {
                suspects.Add(new Suspect(cell.Path, error, involved, []));
            }
        }
        if (suspects.Count == 0)
        {
            return null;
        }
        // Known-wrong figures first: blaming them costs no guess.
        var best = suspects.OrderByDescending(s => alreadyReported.Contains(s.Path)).ThenByDescending(s => s.Explained.Count).First();
        if (alreadyReported.Contains(best.Path))
        {
            return best;
        }
        var rivals = suspects
            .Where(s => s != best && s.Explained.Count >= best.Explained.Count && s.Explained.Intersect(best.Explained).Any())
            .ToArray();
        return rivals.Length == 0
            ? best
            : best with { Explained = [.. best.Explained.Union(rivals.SelectMany(r => r.Explained))], Rivals = rivals };
    }
}

namespace DocGen.Core.Validation.CrossChecks;

/// <summary>
/// Looks for exactly one pair of figures whose mistakes explain every failed check, when no
/// single figure does. Two mistakes in one row (自然人 +3, 商业企业 +2) break the row's 总计
/// by 5 and the two column checks by 3 and 2: only that pair fits. Two figures swapped within
/// a row leave its 总计 intact, so the same swap in any other row fits as well: that cannot be
/// known, unless one of the figures is already known to be wrong (negative).
/// </summary>
internal static class PairBlame
{
    public sealed record Pair(string First, long FirstError, string Second, long SecondError, IReadOnlyList<LinearCheck> Explained);

    /// <returns>The one pair that fits, or null when none does or several do (then nothing can be known).</returns>
    public static Pair? Find(
        IReadOnlyList<CheckedCell> cells, IReadOnlyList<LinearCheck> checks, Func<string, long> value, IReadOnlySet<string> knownWrong)
    {
        var residuals = checks.ToDictionary<LinearCheck, LinearCheck, long>(c => c, c => c.Residual(value), ReferenceEqualityComparer.Instance);
        var failing = checks.Where(c => residuals[c] != 0).ToArray();
        if (failing.Length == 0)
        {
            return null;
        }
        var involved = cells
            .Select(c => (c.Path, Checks: checks.Where(k => k.Terms.GetValueOrDefault(c.Path) != 0).ToArray()))
            .Where(c => c.Checks.Any(k => residuals[k] != 0))
            .ToArray();

        var fits = new List<Pair>();
        for (var i = 0; i < involved.Length; i++)
        {
            for (var j = i + 1; j < involved.Length; j++)
            {
                if (Fit(involved[i], involved[j], failing, residuals) is { } pair)
                {
                    fits.Add(pair);
                }
            }
        }
        if (fits.Count > 1)
        {
            fits.RemoveAll(p => !knownWrong.Contains(p.First) && !knownWrong.Contains(p.Second));
        }
        return fits.Count == 1 ? fits[0] : null;
    }

    private static Pair? Fit(
        (string Path, LinearCheck[] Checks) a, (string Path, LinearCheck[] Checks) b,
        LinearCheck[] failing, Dictionary<LinearCheck, long> residuals)
    {
        // Checks that hold one figure but not the other fix that figure's error alone.
        var errorA = ErrorFrom(a.Path, a.Checks.Except(b.Checks), residuals);
        var errorB = ErrorFrom(b.Path, b.Checks.Except(a.Checks), residuals);
        if (errorA is not { } ea || ea == 0 || errorB is not { } eb || eb == 0)
        {
            return null;
        }
        var shared = a.Checks.Intersect(b.Checks);
        if (shared.Any(c => c.Terms[a.Path] * ea + c.Terms[b.Path] * eb != residuals[c]))
        {
            return null;
        }
        var explained = a.Checks.Union(b.Checks).ToArray();
        return failing.All(explained.Contains) ? new Pair(a.Path, ea, b.Path, eb, explained) : null;
    }

    /// <summary>The one error that every check gives the figure, or null when they disagree or there are none.</summary>
    private static long? ErrorFrom(string path, IEnumerable<LinearCheck> checks, Dictionary<LinearCheck, long> residuals)
    {
        long? error = null;
        foreach (var check in checks)
        {
            var coefficient = check.Terms[path];
            var residual = residuals[check];
            if (residual % coefficient != 0 || (error is { } e && e != residual / coefficient))
            {
                return null;
            }
            error = residual / coefficient;
        }
        return error;
    }
}

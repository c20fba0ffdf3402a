namespace DocGen.Core.Validation.CrossChecks;

/// <summary>
/// A sent figure of a table that the cross-checks involve. <see cref="Pinpointed"/> makes the
/// finding for when this very figure is shown to be wrong: (sent, implied correct value).
/// </summary>
internal sealed record CheckedCell(string Path, long Value, Func<long, long, Finding> Pinpointed);

/// <summary>
/// One cross-check as a linear equation over the figures the caller sent: Σ coefficient × figure = 0.
/// A total the caller left out is not a figure of its own: it is expanded into what it sums, so a
/// computed total can never be reported and a figure under it is still checked through it.
/// <see cref="Violated"/> makes the rule's own finding from the current figures, used when no
/// single figure can be blamed.
/// </summary>
internal sealed record LinearCheck(
    string Name,
    IReadOnlyDictionary<string, int> Terms,
    Func<Func<string, long>, Finding> Violated)
{
    public long Residual(Func<string, long> value) => Terms.Sum(t => t.Value * value(t.Key));

    public bool IsTrivial => Terms.Values.All(c => c == 0);
}

/// <summary>Sums of figures with coefficients, to write checks as "declared − computed".</summary>
internal sealed class Expression
{
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);

    public static Expression Of(string path) => new Expression().Add(path, 1);

    public IReadOnlyDictionary<string, int> Terms => _terms;

    public Expression Add(string path, int coefficient)
    {
        _terms[path] = _terms.GetValueOrDefault(path) + coefficient;
        return this;
    }

    public Expression Add(Expression other, int sign = 1)
    {
        foreach (var (path, coefficient) in other._terms)
        {
            Add(path, sign * coefficient);
        }
        return this;
    }

    public static Expression Sum(IEnumerable<Expression> parts) =>
        parts.Aggregate(new Expression(), (sum, part) => sum.Add(part));

    public long Evaluate(Func<string, long> value) => _terms.Sum(t => t.Value * value(t.Key));

    /// <summary>The terms with a non-zero coefficient.</summary>
    public IReadOnlyDictionary<string, int> Reduced() =>
        _terms.Where(t => t.Value != 0).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
}

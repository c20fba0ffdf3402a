namespace DocGen.Core.Layout;

/// <summary>
/// A finding's field path that names several cells: <c>*</c> stands for any text within one
/// segment, so <c>applications.withheld.*.total</c> names the 总计 of each （三）不予公开 row.
/// A path without <c>*</c> names itself alone.
/// </summary>
public static class FieldPattern
{
    public static bool IsPattern(string path) => path.Contains('*', StringComparison.Ordinal);

    /// <summary>Whether <paramref name="path"/> is one of the cells <paramref name="pattern"/> names: segment by segment.</summary>
    public static bool Names(string pattern, string path)
    {
        var patternSegments = pattern.Split('.');
        var pathSegments = path.Split('.');
        return patternSegments.Length == pathSegments.Length && patternSegments.Zip(pathSegments).All(s => SegmentMatches(s.First, s.Second));
    }

    private static bool SegmentMatches(string pattern, string segment)
    {
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (star < 0) return pattern == segment;
        var prefix = pattern[..star];
        var suffix = pattern[(star + 1)..];
        return segment.Length >= prefix.Length + suffix.Length
               && segment.StartsWith(prefix, StringComparison.Ordinal) && segment.EndsWith(suffix, StringComparison.Ordinal);
    }
}

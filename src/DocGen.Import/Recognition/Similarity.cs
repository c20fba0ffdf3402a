namespace DocGen.Import.Recognition;

/// <summary>How alike two labels are, for headings and labels printed with a word changed or missing.</summary>
public static class Similarity
{
    /// <summary>The length of the longest common subsequence (characters in order, gaps allowed).</summary>
    public static int CommonSubsequence(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        foreach (var x in a)
        {
            for (var j = 1; j <= b.Length; j++)
                current[j] = x == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

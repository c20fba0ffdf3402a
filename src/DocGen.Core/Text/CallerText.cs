using System.Buffers;

namespace DocGen.Core.Text;

/// <summary>
/// Characters caller text may not carry into a report: control characters (they make invalid
/// HTML and PDF text; tab, CR and LF stay as whitespace) and the bidirectional controls (U+202A–
/// U+202E embeddings and overrides, U+2066–U+2069 isolates, U+200E/U+200F and U+061C marks), with
/// which a caller could make published text read differently from what was sent.
/// </summary>
public static class CallerText
{
    private static readonly SearchValues<char> Removed = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
        "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    public static bool IsRemoved(char c) => Removed.Contains(c);

    /// <summary><paramref name="text"/> without the removed characters (the same instance when it has none).</summary>
    public static string Clean(string text)
    {
        if (text.AsSpan().IndexOfAny(Removed) < 0) return text;
        var clean = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
            if (!Removed.Contains(c)) clean.Append(c);
        return clean.ToString();
    }
}

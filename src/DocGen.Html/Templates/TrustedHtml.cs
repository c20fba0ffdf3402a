namespace DocGen.Html.Templates;

/// <summary>
/// HTML that our own code built (escaped tables, sanitized narrative, the template set's CSS).
/// It is the only value a template writes unescaped: <c>{{ x }}</c> escapes everything else, so a
/// caller string can never reach the page as markup.
/// </summary>
public readonly record struct TrustedHtml(string Value)
{
    public static readonly TrustedHtml Empty = new("");

    public bool IsEmpty => string.IsNullOrEmpty(Value);

    public override string ToString() => Value;
}

namespace DocGen.Html.Templates;

/// <summary>
/// HTML that our own code built (escaped tables, sanitized narrative, the template set's CSS).
/// Templates insert it with <c>{{html X}}</c>; that helper writes anything else escaped, so a
/// caller string can never reach the page unescaped.
/// </summary>
public readonly record struct TrustedHtml(string Value)
{
    public static readonly TrustedHtml Empty = new("");

    public bool IsEmpty => string.IsNullOrEmpty(Value);

    public override string ToString() => Value;
}

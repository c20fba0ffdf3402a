namespace DocGen.Rendering;

/// <summary>The outputs a render can produce.</summary>
[Flags]
public enum OutputKind
{
    None = 0,
    HtmlPage = 1,
    HtmlFragment = 2,
    Pdf = 4,
    Ofd = 8,
}

namespace DocGen.Html.Templates;

/// <summary>A template's text and the file it came from (for error messages).</summary>
public sealed record TemplateSource(string Name, string FilePath, string Text);

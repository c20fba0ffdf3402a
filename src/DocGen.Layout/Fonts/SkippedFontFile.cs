namespace DocGen.Layout.Fonts;

/// <summary>A font file the catalog could not use, and why (for the operator's log).</summary>
public sealed record SkippedFontFile(string Path, string Reason);

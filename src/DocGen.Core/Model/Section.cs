namespace DocGen.Core.Model;

/// <summary>A numbered section of a LEGACY_2008 report, heading as printed.</summary>
public sealed record Section(string Heading, RichText Body);

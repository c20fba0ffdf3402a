namespace DocGen.Core.Model;

/// <summary>The information-disclosure catalogue header of the published page.</summary>
public sealed record DocumentMeta(
    string IndexNumber = "",
    string DocumentNumber = "",
    string PublishedOn = "",
    string Subject = "");

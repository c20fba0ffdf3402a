namespace DocGen.Api;

/// <summary>
/// How large a request the API takes on. Past a limit the request is refused with
/// INVALID_ARGUMENT naming the field, before any work: a report this size is a mistake or an
/// attack, and rendering it would hold a slot for a long time (a 2 MB narrative is some 4,000
/// PDF pages). Real reports are far below every limit (the largest fixture's narrative is about
/// 10,000 characters).
/// </summary>
public static class RequestLimits
{
    /// <summary>A request_id: the caller's own key for a request, echoed in the response and in logs.</summary>
    public const int RequestIdCharacters = 256;

    /// <summary>A 网站标识码 is 10 digits; configured site folders have short names.</summary>
    public const int SiteCodeCharacters = 64;

    /// <summary>One-line fields: agency, title, signed_by, signed_on, meta.*, amounts, a section's heading.</summary>
    public const int LineCharacters = 1_000;

    /// <summary>One narrative (its text or its html): about 300 PDF pages.</summary>
    public const int NarrativeCharacters = 200_000;

    /// <summary>
    /// Elements (opening tags, whatever letters name them: &lt;中&gt; counts) in one narrative's html;
    /// real editor output has a few hundred.
    /// </summary>
    public const int NarrativeHtmlElements = 10_000;

    /// <summary>
    /// How deep one narrative's html may nest. Parsing takes time growing with the square of the
    /// depth (8,000 nested elements: about a second of a core); real editor output nests a few levels.
    /// </summary>
    public const int NarrativeHtmlDepth = RichText.RichTextParser.MaxHtmlDepth;

    /// <summary>All the report's text together.</summary>
    public const int ReportCharacters = 1_000_000;

    /// <summary>LEGACY_2008 sections.</summary>
    public const int Sections = 5_000;

    /// <summary>
    /// The largest request message worth receiving: all the report's text at its limit in CJK
    /// (3 UTF-8 bytes a character, 3,000,000 bytes) plus field tags, figures and 5,000 sections'
    /// framing (under 100 KB). Anything larger is padding — unknown fields or a
    /// bomb — so the transport refuses it before buffering it (RESOURCE_EXHAUSTED).
    /// </summary>
    public const int MessageBytes = 4 * 1024 * 1024;
}

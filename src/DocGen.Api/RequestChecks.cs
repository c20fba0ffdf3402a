using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DocGen.Protos.V1;
using DocGen.RichText;

namespace DocGen.Api;

/// <summary>
/// What a request must satisfy before any work starts: enum values the contract defines, and
/// sizes within <see cref="RequestLimits"/>. Each refusal is INVALID_ARGUMENT naming the field.
/// The figures themselves are validation's business (findings), not refusals.
/// </summary>
internal static class RequestChecks
{
    /// <summary>
    /// A request_id is echoed back and logged, so it is short and printable: no control, format
    /// (bidi) or separator characters and no lone surrogates.
    /// </summary>
    public static void CheckRequestId(string requestId)
    {
        if (requestId.Length > RequestLimits.RequestIdCharacters)
            throw TooLong("request_id", requestId.Length, RequestLimits.RequestIdCharacters);
        var bad = FirstUnprintable(requestId);
        if (bad >= 0)
            throw Invalid($"request_id has an unprintable character (U+{(int)requestId[bad]:X4}) at index {bad}; request ids are printable text");
    }

    /// <summary>What a result for a refused request may echo as its request_id: printable, and at most the limit.</summary>
    public static string EchoableRequestId(string requestId)
    {
        if (requestId.Length <= RequestLimits.RequestIdCharacters && FirstUnprintable(requestId) < 0) return requestId;
        var echo = new System.Text.StringBuilder(RequestLimits.RequestIdCharacters);
        foreach (var c in requestId)
        {
            if (echo.Length == RequestLimits.RequestIdCharacters) break;
            if (!IsUnprintable(c) && !char.IsSurrogate(c)) echo.Append(c);
        }
        return echo.ToString();
    }

    private static int FirstUnprintable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (IsUnprintable(c) || char.IsSurrogate(c)) return i;
        }
        return -1;
    }

    private static bool IsUnprintable(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    public static void CheckSiteCode(string siteCode)
    {
        if (string.IsNullOrWhiteSpace(siteCode))
            throw Invalid("site_code is required (the 网站标识码 of a configured site)");
        if (siteCode.Length > RequestLimits.SiteCodeCharacters)
            throw TooLong("site_code", siteCode.Length, RequestLimits.SiteCodeCharacters);
    }

    public static void CheckReport([NotNull] AnnualReport? report)
    {
        if (report is null) throw Invalid("report is required");
        if (!Enum.IsDefined(report.Edition))
            throw Invalid($"report.edition is {(int)report.Edition}: expected EDITION_UNSPECIFIED, LEGACY_2008, EDITION_2019 or EDITION_2021");
        if (report.Sections.Count > RequestLimits.Sections)
            throw Invalid($"report.sections has {N(report.Sections.Count)} sections; the limit is {N(RequestLimits.Sections)}");

        var total = 0L;
        foreach (var (field, text, limit) in Texts(report))
        {
            if (text.Length > limit) throw TooLong("report." + field, text.Length, limit);
            total += text.Length;
        }
        if (total > RequestLimits.ReportCharacters)
            throw Invalid($"report has {N(total)} characters of text in all; the limit is {N(RequestLimits.ReportCharacters)}");
    }

    private static IEnumerable<(string Field, string Text, int Limit)> Texts(AnnualReport r)
    {
        const int line = RequestLimits.LineCharacters;
        yield return ("agency", r.Agency, line);
        yield return ("title", r.Title, line);
        yield return ("signed_by", r.SignedBy, line);
        yield return ("signed_on", r.SignedOn, line);
        if (r.Meta is { } m)
        {
            yield return ("meta.index_number", m.IndexNumber, line);
            yield return ("meta.document_number", m.DocumentNumber, line);
            yield return ("meta.published_on", m.PublishedOn, line);
            yield return ("meta.subject", m.Subject, line);
        }
        if (r.ActiveDisclosure2021 is { } a21) yield return ("active_disclosure_2021.fee_amount_wan_yuan", a21.FeeAmountWanYuan, line);
        if (r.ActiveDisclosure2019 is { } a19) yield return ("active_disclosure_2019.procurement_amount", a19.ProcurementAmount, line);
        foreach (var narrative in Narrative("preamble", r.Preamble)
                     .Concat(Narrative("overview", r.Overview))
                     .Concat(Narrative("problems", r.Problems))
                     .Concat(Narrative("other_matters", r.OtherMatters)))
            yield return narrative;
        for (var i = 0; i < r.Sections.Count; i++)
        {
            yield return ($"sections[{i}].heading", r.Sections[i].Heading, line);
            foreach (var narrative in Narrative($"sections[{i}].body", r.Sections[i].Body)) yield return narrative;
        }
    }

    private static IEnumerable<(string, string, int)> Narrative(string field, Protos.V1.RichText? text)
    {
        if (text is null) yield break;
        if (text.Html.Length <= RequestLimits.NarrativeCharacters)
        {
            var shape = HtmlShape.Of(text.Html);
            if (shape.Elements > RequestLimits.NarrativeHtmlElements)
                throw Invalid($"report.{field}.html has {N(shape.Elements)} elements; the limit is {N(RequestLimits.NarrativeHtmlElements)}");
            if (shape.Depth > RequestLimits.NarrativeHtmlDepth)
                throw Invalid($"report.{field}.html nests elements {N(shape.Depth)} deep; the limit is {N(RequestLimits.NarrativeHtmlDepth)}");
        }
        yield return (field + ".text", text.Text, RequestLimits.NarrativeCharacters);
        yield return (field + ".html", text.Html, RequestLimits.NarrativeCharacters);
    }

    private static ApiException TooLong(string field, long length, int limit) =>
        Invalid($"{field} is {N(length)} characters; the limit is {N(limit)}");

    private static ApiException Invalid(string message) => new(ApiStatusCode.InvalidArgument, message);

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

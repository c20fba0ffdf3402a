using DocGen.Core.Validation;

namespace DocGen.Rendering;

/// <summary>The site code names no configured site.</summary>
public sealed class SiteNotFoundException(string siteCode)
    : Exception($"site_code \"{siteCode}\" names no configured site")
{
    public string SiteCode { get; } = siteCode;
}

/// <summary>A strict render refused a report because validation found errors.</summary>
public sealed class ReportRejectedException(IReadOnlyList<Finding> findings)
    : Exception(Describe(findings))
{
    public IReadOnlyList<Finding> Findings { get; } = findings;

    private static string Describe(IReadOnlyList<Finding> findings)
    {
        var errors = findings.Where(f => f.IsError).ToList();
        var first = errors.FirstOrDefault();
        return first is null
            ? "the report has errors"
            : $"the report has {errors.Count} error(s); first: {first.Path}: {first.Message}";
    }
}

/// <summary>The server cannot render at all as configured (e.g. no usable CJK font); the message says what to install.</summary>
public sealed class RenderPreconditionException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The report's content cannot be laid out on A4 pages (a table row taller than a page, more
/// pages than the PDF renderer makes). A property of the input, so the caller hears it as such.
/// </summary>
public sealed class ReportUnprintableException(string message, Exception inner)
    : Exception($"report cannot be printed on A4: {message}", inner);

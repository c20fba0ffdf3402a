using DocGen.Core.Model;
using DocGen.Core.Outline;
using DocGen.Core.Validation;
using DocGen.Html.Rendering;
using DocGen.Sites;
using DocGen.Pdf;
using DocGen.Layout;
using DocGen.Layout.Fonts;

namespace DocGen.Rendering;

/// <summary>
/// Renders one report for one site: validates and completes it, arranges it into the outline both
/// renderers draw, and produces the outputs asked for with their digest. Thread-safe and
/// synchronous (CPU-bound); callers schedule it through <see cref="RenderScheduler"/>.
/// </summary>
public sealed class ReportRenderer(SiteRegistry sites, PdfReportRenderer pdf, TimeProvider time)
{
    public ValidationResult Validate(AnnualReport report, CancellationToken cancellationToken = default) =>
        ReportValidator.Validate(report, time, cancellationToken);

    /// <summary>The report's own findings and, when <paramref name="siteCode"/> is given, those about it on that site.</summary>
    /// <exception cref="SiteNotFoundException"><paramref name="siteCode"/> names no loaded site.</exception>
    public ValidationResult Validate(AnnualReport report, string siteCode, CancellationToken cancellationToken = default)
    {
        var validation = Validate(report, cancellationToken);
        if (siteCode.Length == 0) return validation;
        if (!sites.TryGetSite(siteCode, out var site)) throw new SiteNotFoundException(siteCode);
        return OnSite(validation, report, site);
    }

    private static ValidationResult OnSite(ValidationResult validation, AnnualReport report, RegisteredSite site) =>
        validation with { Findings = [.. validation.Findings, .. SiteRules.Check(report, site.Profile)] };

    public RenderOutcome Render(RenderJob job, CancellationToken cancellationToken)
    {
        if (!sites.TryGetSite(job.SiteCode, out var site)) throw new SiteNotFoundException(job.SiteCode);
        // Each stage is bounded by the request limits (DocGen.Api's RequestLimits); the PDF, by
        // far the longest, also stops between pages.
        var validation = OnSite(Validate(job.Report, cancellationToken), job.Report, site);
        if (job.Strict && validation.HasErrors) throw new ReportRejectedException(validation.Findings);
        cancellationToken.ThrowIfCancellationRequested();
        var outline = ReportOutlineBuilder.Build(validation.Completed, validation.Edition);

        var htmlOptions = job.MarkFindings ? HtmlRenderOptions.MarkingFindings(validation.Findings) : null;
        var page = job.Outputs.HasFlag(OutputKind.HtmlPage) ? HtmlReportRenderer.RenderPage(outline, site, htmlOptions, cancellationToken) : null;
        cancellationToken.ThrowIfCancellationRequested();
        var fragment = job.Outputs.HasFlag(OutputKind.HtmlFragment) ? HtmlReportRenderer.RenderFragment(outline, site, htmlOptions, cancellationToken) : null;
        cancellationToken.ThrowIfCancellationRequested();

        PdfDocumentResult? document = null;
        if (job.Outputs.HasFlag(OutputKind.Pdf))
        {
            try
            {
                document = pdf.Render(outline, site.Profile, job.PdfProfile, cancellationToken);
            }
            catch (MissingCjkFontException e)
            {
                throw new RenderPreconditionException(e.Message, e);
            }
            catch (LayoutException e)
            {
                throw new ReportUnprintableException(e.Message, e);
            }
        }

        return new RenderOutcome(
            validation.Edition,
            validation.Findings,
            page,
            fragment,
            document?.Bytes,
            document?.PageCount ?? 0,
            ContentDigest.Compute(page, fragment, document?.Bytes));
    }
}

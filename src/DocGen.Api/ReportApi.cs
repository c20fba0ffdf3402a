using DocGen.Api.Callers;
using DocGen.Contracts;
using DocGen.Core.Validation;
using DocGen.Rendering;
using DocGen.Protos.V1;
using Google.Protobuf;
using D = DocGen.Core.Model;

namespace DocGen.Api;

/// <summary>
/// ReportService's behaviour over contract messages: checks a request (errors name the field),
/// renders it through the shared scheduler, and answers with the contract's response. Knows no
/// transport: the server and the CLI's in-process mode both call it.
/// </summary>
/// <param name="checks">Slots for Validate apart from the renders' (the server's: a flood of
/// Validates then waits for its own slots instead of taking Render's); null to share
/// <paramref name="scheduler"/>.</param>
public sealed class ReportApi(ReportRenderer renderer, RenderScheduler scheduler, RenderScheduler? checks = null)
{
    /// <param name="caller">The authenticated caller, whose key must allow the site (PERMISSION_DENIED
    /// otherwise); null for an in-process caller (the CLI, the bench), which may render every site.</param>
    public async Task<RenderResponse> RenderAsync(RenderRequest request, Admission admission, CancellationToken cancellationToken, Caller? caller = null)
    {
        var job = ToJob(request);
        caller?.EnsureMayRender(job.SiteCode);
        var outcome = await scheduler.AdmitAsync(ct => Render(job, ct), admission, cancellationToken).ConfigureAwait(false);
        return ToResponse(request.RequestId, job.Outputs, outcome);
    }

    /// <summary>
    /// Validates through the same slots as rendering: a hostile-but-legal report costs a core for
    /// its validation too, so many at once must queue or be refused, not starve the renders.
    /// </summary>
    /// <param name="caller">As for Render: a site_code must be one of the key's sites, so a key
    /// neither sees another site's findings nor learns from NOT_FOUND which sites exist.</param>
    public async Task<ValidateResponse> ValidateAsync(ValidateRequest request, Admission admission, CancellationToken cancellationToken, Caller? caller = null)
    {
        RequestChecks.CheckReport(request.Report);
        if (request.Previous is not null) RequestChecks.CheckReport(request.Previous);
        if (request.SiteCode.Length > 0)
        {
            RequestChecks.CheckSiteCode(request.SiteCode);
            caller?.EnsureMayRender(request.SiteCode);
        }
        var report = ReportMapper.ToDomain(request.Report);
        ValidationResult result;
        try
        {
            result = await (checks ?? scheduler).AdmitAsync(ct => renderer.Validate(report, request.SiteCode, ct), admission, cancellationToken).ConfigureAwait(false);
        }
        catch (SiteNotFoundException e)
        {
            throw new ApiException(ApiStatusCode.NotFound, e.Message);
        }
        var response = new ValidateResponse
        {
            Edition = (Edition)(int)result.Edition,
            Completed = ReportMapper.ToProto(result.Completed),
        };
        response.Findings.AddRange(result.Findings.Select(FindingMapper.ToProto));
        if (request.Previous is not null)
            response.Findings.AddRange(CrossYearRules.Check(report, ReportMapper.ToDomain(request.Previous)).Select(FindingMapper.ToProto));
        return response;
    }

    private RenderOutcome Render(RenderJob job, CancellationToken cancellationToken)
    {
        try
        {
            return renderer.Render(job, cancellationToken);
        }
        catch (SiteNotFoundException e)
        {
            throw new ApiException(ApiStatusCode.NotFound, e.Message);
        }
        catch (ReportRejectedException e)
        {
            throw new ApiException(ApiStatusCode.InvalidArgument, e.Message, e.Findings);
        }
        catch (ReportUnprintableException e)
        {
            throw new ApiException(ApiStatusCode.InvalidArgument, e.Message);
        }
        catch (RenderPreconditionException e)
        {
            throw new ApiException(ApiStatusCode.FailedPrecondition, e.Message);
        }
    }

    internal static RenderJob ToJob(RenderRequest request)
    {
        RequestChecks.CheckRequestId(request.RequestId);
        RequestChecks.CheckReport(request.Report);
        RequestChecks.CheckSiteCode(request.SiteCode);
        return new RenderJob(request.SiteCode, ReportMapper.ToDomain(request.Report), ToOutputs(request.Formats), request.Strict, request.MarkFindings,
            ToPdfProfile(request.PdfProfile));
    }

    internal static DocGen.Pdf.PdfProfile ToPdfProfile(PdfProfile profile) => profile switch
    {
        PdfProfile.Unspecified or PdfProfile.Standard => DocGen.Pdf.PdfProfile.Standard,
        PdfProfile.Archive => DocGen.Pdf.PdfProfile.Archive,
        _ => throw new ApiException(ApiStatusCode.InvalidArgument,
            $"pdf_profile is {(int)profile}: expected PDF_PROFILE_STANDARD or PDF_PROFILE_ARCHIVE"),
    };

    internal static OutputKind ToOutputs(IReadOnlyList<OutputFormat> formats)
    {
        if (formats.Count == 0) return OutputKind.HtmlPage | OutputKind.Pdf;
        var outputs = OutputKind.None;
        for (var i = 0; i < formats.Count; i++)
        {
            outputs |= formats[i] switch
            {
                OutputFormat.HtmlPage => OutputKind.HtmlPage,
                OutputFormat.HtmlFragment => OutputKind.HtmlFragment,
                OutputFormat.Pdf => OutputKind.Pdf,
                _ => throw new ApiException(ApiStatusCode.InvalidArgument,
                    $"formats[{i}] is {formats[i]}: expected HTML_PAGE, HTML_FRAGMENT or PDF"),
            };
        }
        return outputs;
    }

    private static RenderResponse ToResponse(string requestId, OutputKind outputs, RenderOutcome outcome)
    {
        var response = new RenderResponse
        {
            RequestId = requestId,
            Edition = (Edition)(int)outcome.Edition,
            PageCount = outcome.PageCount,
            ContentSha256 = outcome.ContentSha256,
        };
        // `html` carries the page when asked for, else the fragment; `html_fragment` the fragment
        // when both forms were asked for (the contract's reading of the two fields).
        if (outputs.HasFlag(OutputKind.HtmlPage))
        {
            response.Html = outcome.HtmlPage ?? "";
            if (outputs.HasFlag(OutputKind.HtmlFragment)) response.HtmlFragment = outcome.HtmlFragment ?? "";
        }
        else if (outputs.HasFlag(OutputKind.HtmlFragment))
        {
            response.Html = outcome.HtmlFragment ?? "";
        }
        // The render's own array, written once and never changed after: wrapped, not copied (a copy
        // of a few hundred KB per call is one more large-object allocation, and those trigger full GCs).
        if (outcome.Pdf is { } pdf) response.Pdf = UnsafeByteOperations.UnsafeWrap(pdf);
        response.Findings.AddRange(outcome.Findings.Select(FindingMapper.ToProto));
        return response;
    }
}

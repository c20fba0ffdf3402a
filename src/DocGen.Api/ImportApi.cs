using DocGen.Api.Callers;
using DocGen.Contracts;
using DocGen.Core.Validation;
using DocGen.Import;
using DocGen.Import.Reading;
using DocGen.Protos.V1;
using DocGen.Rendering;
using CoreEdition = DocGen.Core.Model.Edition;
using ImportNote = DocGen.Protos.V1.ImportNote;
using RecognizedReport = DocGen.Import.Recognition.RecognizedReport;

namespace DocGen.Api;

/// <summary>
/// ReportService.ImportReport without a transport: reads a published report back into a
/// RenderRequest (DocGen.Import), validates it (and against the year before when given), and
/// refuses what holds no report with INVALID_ARGUMENT naming the problem.
/// </summary>
/// <param name="scheduler">The server's render slots, which reading a document shares (a PDF costs
/// a core for a while); null in-process (the CLI), where imports run directly.</param>
public sealed class ImportApi(TimeProvider time, RenderScheduler? scheduler = null)
{
    /// <summary>Reading one document never takes longer than this (a hostile PDF can be slow to parse).</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    /// <summary>Imports in a render slot of the scheduler given at construction (RESOURCE_EXHAUSTED when <paramref name="admission"/> says so and none is free).</summary>
    /// <param name="caller">As for Render: a site_code must be one of the key's sites (PERMISSION_DENIED
    /// before any slot is taken); null in-process.</param>
    public Task<ImportResponse> ImportAsync(ImportRequest request, Admission admission, CancellationToken cancellationToken, Caller? caller = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.SiteCode.Length > 0)
        {
            RequestChecks.CheckSiteCode(request.SiteCode);
            caller?.EnsureMayRender(request.SiteCode);
        }
        return scheduler is null
            ? Task.Run(() => Import(request, cancellationToken), cancellationToken)
            : scheduler.AdmitAsync(ct => Import(request, ct), admission, cancellationToken);
    }

    public ImportResponse Import(ImportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Document.IsEmpty) throw Invalid("document is empty");
        if (request.FileName.Length > RequestLimits.LineCharacters)
            throw Invalid($"file_name is {request.FileName.Length:N0} characters; the limit is {RequestLimits.LineCharacters:N0}");
        if (request.MediaType.Length > RequestLimits.LineCharacters)
            throw Invalid($"media_type is {request.MediaType.Length:N0} characters; the limit is {RequestLimits.LineCharacters:N0}");
        if (request.SiteCode.Length > RequestLimits.SiteCodeCharacters)
            throw Invalid($"site_code is {request.SiteCode.Length:N0} characters; the limit is {RequestLimits.SiteCodeCharacters}");
        if (!Enum.IsDefined(request.Edition))
            throw Invalid($"edition is {(int)request.Edition}: expected EDITION_UNSPECIFIED, LEGACY_2008, EDITION_2019 or EDITION_2021");
        if (request.Previous is not null) RequestChecks.CheckReport(request.Previous);

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(TimeLimit);
        RecognizedReport recognized;
        try
        {
            recognized = ReportImporter.Import(request.Document.Memory, request.MediaType, request.FileName,
                (CoreEdition)(int)request.Edition, ReadingContext.For(bounded.Token));
        }
        catch (ImportException e)
        {
            throw Invalid($"document: {e.Message}");
        }
        // The budget bounds what a document can make a reader hold, but a server under a tight
        // memory limit can still run out; the runtime's own text says nothing to the caller.
        catch (OutOfMemoryException)
        {
            throw new ApiException(ApiStatusCode.ResourceExhausted,
                "document: reading it needs more memory than the server has free; retry later or import it with `docgen import`");
        }
        catch (InsufficientExecutionStackException)
        {
            throw Invalid("document: nests too deeply to read");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Invalid($"document: not read within {TimeLimit.TotalSeconds:0} s; the document is too large or too complex");
        }

        var report = recognized.Report;
        var domain = ReportMapper.ToDomain(report);
        var findings = ReportValidator.Validate(domain, time).Findings.ToList();
        if (request.Previous is not null) findings.AddRange(CrossYearRules.Check(domain, ReportMapper.ToDomain(request.Previous)));

        var response = new ImportResponse
        {
            Request = new RenderRequest { RequestId = RequestIdOf(request.FileName), SiteCode = request.SiteCode, Report = report },
            Edition = (Edition)(int)recognized.Edition,
        };
        response.Findings.AddRange(findings.Select(FindingMapper.ToProto));
        response.Notes.AddRange(recognized.Notes.Select(n => new ImportNote { Path = n.Path, Found = n.Found, Where = n.Where, Message = n.Message }));
        return response;
    }

    /// <summary>"archive/hzq-2023.pdf" → "hzq-2023".</summary>
    public static string RequestIdOf(string fileName) => Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/'));

    private static ApiException Invalid(string message) => new(ApiStatusCode.InvalidArgument, message);
}

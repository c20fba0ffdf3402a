using Google.Rpc;
using D = DocGen.Core.Validation;
using P = DocGen.Protos.V1;

namespace DocGen.Contracts;

/// <summary>Validation findings on the wire: as contract messages, and as rich-error field violations.</summary>
public static class FindingMapper
{
    public static P.Finding ToProto(D.Finding f) => new()
    {
        Severity = f.Severity switch
        {
            D.FindingSeverity.Error => P.Finding.Types.Severity.Error,
            D.FindingSeverity.Warning => P.Finding.Types.Severity.Warning,
            _ => P.Finding.Types.Severity.Unspecified,
        },
        Code = f.Code,
        Path = f.Path,
        Message = f.Message,
        Expected = f.Expected,
        Actual = f.Actual,
    };

    /// <summary>
    /// The errors among <paramref name="findings"/> as <c>google.rpc.BadRequest</c> field violations.
    /// Paths are prefixed with "report." because they are fields of the request's report. The
    /// description starts with the finding's stable code ("APPLICANT_ROW_TOTAL: …"): this
    /// version of google.rpc.BadRequest has no reason field.
    /// </summary>
    public static BadRequest ToBadRequest(IEnumerable<D.Finding> findings, string pathPrefix = "report.")
    {
        var badRequest = new BadRequest();
        foreach (var f in findings.Where(f => f.IsError))
        {
            badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation
            {
                Field = f.Path.Length == 0 ? pathPrefix.TrimEnd('.') : pathPrefix + f.Path,
                Description = $"{f.Code}: {f.Message}",
            });
        }
        return badRequest;
    }
}

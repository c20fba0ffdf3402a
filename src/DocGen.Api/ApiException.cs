using DocGen.Core.Validation;

namespace DocGen.Api;

/// <summary>
/// A request the API refuses, with the status to answer, a message naming the field, and — for a
/// strict render refused by validation — the findings (sent as BadRequest field violations).
/// </summary>
public sealed class ApiException(ApiStatusCode code, string message, IReadOnlyList<Finding>? findings = null)
    : Exception(message)
{
    public ApiStatusCode Code { get; } = code;

    public IReadOnlyList<Finding> Findings { get; } = findings ?? [];
}

namespace DocGen.Api;

/// <summary>
/// The gRPC status codes the API answers with, numbered as gRPC numbers them (the contract's
/// <c>Status.code</c> carries the number), so the transport maps them one to one.
/// </summary>
public enum ApiStatusCode
{
    Cancelled = 1,
    InvalidArgument = 3,
    DeadlineExceeded = 4,
    NotFound = 5,
    PermissionDenied = 7,
    ResourceExhausted = 8,
    FailedPrecondition = 9,
    Internal = 13,
    Unauthenticated = 16,
}

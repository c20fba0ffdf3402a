using DocGen.Protos.V1;

namespace DocGen.Cli.Backends;

/// <summary>Where the CLI's reports are rendered: in this process, or by a DocGen server.</summary>
public interface IReportBackend : IAsyncDisposable
{
    Task<RenderResponse> RenderAsync(RenderRequest request, CancellationToken cancellationToken);

    Task<ValidateResponse> ValidateAsync(ValidateRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Renders every request, calling <paramref name="onResult"/> once per request as each
    /// finishes, with the replica (host:port) that rendered it, or null in this process.
    /// </summary>
    Task RenderBatchAsync(IAsyncEnumerable<RenderRequest> requests, Func<RenderResult, string?, Task> onResult, CancellationToken cancellationToken);
}

/// <summary>A request the backend refused, with the gRPC status code and message.</summary>
public sealed class BackendException(int code, string message, IReadOnlyList<Finding> findings) : Exception(message)
{
    public int Code { get; } = code;

    public IReadOnlyList<Finding> Findings { get; } = findings;
}

using DocGen.Rendering;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DocGen.Server.Hosting;

/// <summary>
/// SERVING while the server can render; NOT_SERVING when no PDF can be produced (no usable CJK
/// font: the reason is logged at start, and at Error by the health check service on every check). From the moment the host starts stopping (SIGTERM)
/// <see cref="ShutdownAwareHealthChecks"/> answers NOT_SERVING instead, so load balancers move
/// away first: Watch streams send NOT_SERVING and end. Healthy, its description names the face serving each PDF role.
/// </summary>
internal sealed class ServingHealthCheck(RenderReadiness readiness) : IHealthCheck
{
    public const string Name = "docgen";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.Current is { CanRenderPdf: false } notReady
            ? HealthCheckResult.Unhealthy(notReady.Reason)
            : HealthCheckResult.Healthy(string.Join("; ", readiness.Current.RoleFaces)));
}

using DocGen.Rendering;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DocGen.Server.Hosting;

/// <summary>
/// SERVING while the server can render; NOT_SERVING when no PDF can be produced (no usable CJK
/// font: the reason is logged once, at start) and from the moment the host starts stopping
/// (SIGTERM), so load balancers move away first: Watch streams send NOT_SERVING and end.
/// </summary>
internal sealed class ServingHealthCheck(IHostApplicationLifetime lifetime, RenderReadiness readiness) : IHealthCheck
{
    public const string Name = "docgen";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            lifetime.ApplicationStopping.IsCancellationRequested ? HealthCheckResult.Unhealthy("the server is shutting down")
            : readiness.Current is { CanRenderPdf: false } notReady ? HealthCheckResult.Unhealthy(notReady.Reason)
            : HealthCheckResult.Healthy());
}

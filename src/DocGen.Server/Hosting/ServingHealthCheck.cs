using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DocGen.Server.Hosting;

/// <summary>
/// SERVING until the host starts stopping (SIGTERM): from then on health Check answers
/// NOT_SERVING and Watch streams send NOT_SERVING and end, so load balancers move away first.
/// </summary>
internal sealed class ServingHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public const string Name = "docgen";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("the server is shutting down")
            : HealthCheckResult.Healthy());
}

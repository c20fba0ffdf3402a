using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DocGen.Server.Hosting;

/// <summary>
/// Health once the host is stopping (SIGTERM): every check reported Unhealthy, "the server is
/// shutting down", without running it. The health check service logs each Unhealthy result at
/// Error, and during a drain the publisher (every second) and every load-balancer probe would ask:
/// a line an operator alerts on for a normal shutdown. Only the stock service's results are
/// replaced while stopping, so a real failure (no usable CJK font) still logs at Error with its reason.
/// </summary>
internal sealed class ShutdownAwareHealthChecks(
    HealthCheckService checks,
    IOptions<HealthCheckServiceOptions> registrations,
    IHostApplicationLifetime lifetime) : HealthCheckService
{
    private const string ShuttingDown = "the server is shutting down";

    public override Task<HealthReport> CheckHealthAsync(Func<HealthCheckRegistration, bool>? predicate, CancellationToken cancellationToken = default)
    {
        if (!lifetime.ApplicationStopping.IsCancellationRequested) return checks.CheckHealthAsync(predicate, cancellationToken);
        var entries = registrations.Value.Registrations
            .Where(r => predicate is null || predicate(r))
            .ToDictionary(r => r.Name, r => new HealthReportEntry(HealthStatus.Unhealthy, ShuttingDown, TimeSpan.Zero, exception: null, data: null, tags: r.Tags));
        return Task.FromResult(new HealthReport(entries, TimeSpan.Zero));
    }
}

internal static class ShutdownAwareHealthChecksRegistration
{
    /// <summary>Puts <see cref="ShutdownAwareHealthChecks"/> in front of the health check service AddHealthChecks registered.</summary>
    public static IServiceCollection AddShutdownAwareHealthChecks(this IServiceCollection services)
    {
        var stock = services.Last(d => d.ServiceType == typeof(HealthCheckService));
        var stockType = stock.ImplementationType ?? throw new InvalidOperationException($"{nameof(HealthCheckService)} is not registered by type");
        services.Replace(ServiceDescriptor.Singleton<HealthCheckService>(provider => new ShutdownAwareHealthChecks(
            (HealthCheckService)ActivatorUtilities.CreateInstance(provider, stockType),
            provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>(),
            provider.GetRequiredService<IHostApplicationLifetime>())));
        return services;
    }
}

using DocGen.Grpc.Health;
using DocGen.Grpc.Health.V1;
using DocGen.Grpc.Reflection;
using DocGen.Grpc.Reflection.V1;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DocGen.Grpc;

/// <summary>The files reflection describes, added by <c>services.AddGrpcReflection(…)</c>.</summary>
public sealed class GrpcReflectionOptions
{
    public List<FileDescriptor> Files { get; } = [];
}

/// <summary>Registration and mapping of the standard services: health checking and server reflection.</summary>
public static class StandardServicesExtensions
{
    public static IServiceCollection AddGrpcHealth(this IServiceCollection services)
    {
        services.TryAddSingleton<HealthStatusStore>();
        services.TryAddSingleton<HealthService>();
        return services;
    }

    /// <summary>Registers reflection over <paramref name="files"/> (their dependencies come along).</summary>
    public static IServiceCollection AddGrpcReflection(this IServiceCollection services, params FileDescriptor[] files)
    {
        services.Configure<GrpcReflectionOptions>(options => options.Files.AddRange(files));
        services.TryAddSingleton(provider => new ReflectionService(
            StandardFiles.Concat(provider.GetRequiredService<IOptions<GrpcReflectionOptions>>().Value.Files),
            provider.GetRequiredService<GrpcServiceRegistry>()));
        return services;
    }

    /// <summary>
    /// Maps grpc.health.v1.Health. When the host begins to stop, every status turns NOT_SERVING,
    /// so load balancers stop sending calls while in-flight ones drain.
    /// </summary>
    public static IEndpointConventionBuilder MapGrpcHealthService(this IEndpointRouteBuilder endpoints)
    {
        var health = Resolve<HealthService>(endpoints, nameof(AddGrpcHealth));
        var store = endpoints.ServiceProvider.GetRequiredService<HealthStatusStore>();
        endpoints.ServiceProvider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping
            .Register(store.SetAllNotServing);
        return endpoints.MapGrpcService(health.Definition);
    }

    /// <summary>Maps grpc.reflection.v1 and v1alpha: grpcurl speaks v1, older tools still ask v1alpha.</summary>
    public static IEndpointConventionBuilder MapGrpcReflectionService(this IEndpointRouteBuilder endpoints)
    {
        var reflection = Resolve<ReflectionService>(endpoints, nameof(AddGrpcReflection));
        var v1 = endpoints.MapGrpcService(reflection.DefinitionV1);
        var v1Alpha = endpoints.MapGrpcService(reflection.DefinitionV1Alpha);
        return new PairConventionBuilder(v1, v1Alpha);
    }

    private static IEnumerable<FileDescriptor> StandardFiles =>
    [
        HealthReflection.Descriptor,
        ReflectionReflection.Descriptor,
        DocGen.Grpc.Reflection.V1Alpha.ReflectionReflection.Descriptor,
    ];

    private static T Resolve<T>(IEndpointRouteBuilder endpoints, string registration) where T : notnull =>
        endpoints.ServiceProvider.GetService<T>()
        ?? throw new InvalidOperationException($"Call services.{registration}() before mapping {typeof(T).Name}.");

    private sealed class PairConventionBuilder(IEndpointConventionBuilder first, IEndpointConventionBuilder second)
        : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            first.Add(convention);
            second.Add(convention);
        }
    }
}

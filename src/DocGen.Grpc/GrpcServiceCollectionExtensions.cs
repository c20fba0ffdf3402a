using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DocGen.Grpc;

public static class GrpcServiceCollectionExtensions
{
    /// <summary>Registers the transport: options and the registry of mapped services.</summary>
    public static IServiceCollection AddGrpcTransport(this IServiceCollection services,
        Action<GrpcTransportOptions>? configure = null)
    {
        services.AddRouting();
        services.AddOptions<GrpcTransportOptions>();
        if (configure is not null) services.Configure(configure);
        services.TryAddSingleton<GrpcServiceRegistry>();
        return services;
    }
}

using DocGen.Grpc.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DocGen.Grpc;

public static class GrpcEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps each method of <paramref name="definition"/> to POST /{service}/{method}. The first
    /// call also maps the UNIMPLEMENTED answer for paths no service claims.
    /// </summary>
    public static IEndpointConventionBuilder MapGrpcService(this IEndpointRouteBuilder endpoints, ServiceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var services = endpoints.ServiceProvider;
        var registry = services.GetService<GrpcServiceRegistry>()
            ?? throw new InvalidOperationException("Call services.AddGrpcTransport() before mapping gRPC services.");
        var options = services.GetRequiredService<IOptions<GrpcTransportOptions>>().Value;
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("DocGen.Grpc.ServerCall");

        registry.Add(definition.ServiceName);
        var builders = new List<IEndpointConventionBuilder>();
        foreach (var method in definition.Methods)
        {
            var handler = method.CreateHandler(options, stopping, logger);
            builders.Add(endpoints.MapPost(method.Path, handler.HandleCallAsync).WithDisplayName("gRPC " + method.Path));
        }

        if (!registry.UnimplementedFallbackMapped)
        {
            registry.UnimplementedFallbackMapped = true;
            var unimplemented = new UnimplementedCallHandler(registry, logger);
            endpoints.MapPost("/{service}/{method}", unimplemented.HandleCallAsync).WithDisplayName("gRPC unimplemented");
        }
        return new CompositeConventionBuilder(builders);
    }

    private sealed class CompositeConventionBuilder(List<IEndpointConventionBuilder> builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders) builder.Add(convention);
        }
    }
}

using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Balancer;
using Grpc.Net.Client.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocGen.Cli.Backends;

/// <summary>
/// The channel to a <see cref="ServerAddress"/>: one server, or round robin over every address of a
/// <c>dns:///</c> name or a <c>static:///</c> list. Every command that calls a server dials through it.
/// </summary>
public sealed class ServerChannel : IAsyncDisposable
{
    private readonly ServiceProvider? _services;

    public ServerChannel(ServerAddress address, int maxReceiveBytes = 4 * 1024 * 1024)
    {
        var options = new GrpcChannelOptions
        {
            MaxReceiveMessageSize = maxReceiveBytes,
            HttpHandler = new ReplicaTagHandler(new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                // A replica gone without closing its connections (its node lost) is noticed by
                // pings, and its calls fail UNAVAILABLE instead of waiting forever.
                KeepAlivePingDelay = TimeSpan.FromSeconds(20),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
                KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
            }),
        };
        if (address.Balanced)
        {
            var services = new ServiceCollection();
            services.AddSingleton<ResolverFactory>(address.Scheme == "static"
                ? new StaticResolverFactory(_ => address.Endpoints.Select(e => new BalancerAddress(e.Host, e.Port)).ToArray())
                : new DnsResolverFactory(refreshInterval: TimeSpan.FromSeconds(30))); // replicas the autoscaler adds join within 30 s
            _services = services.BuildServiceProvider();
            options.ServiceProvider = _services;
            options.ServiceConfig = new ServiceConfig { LoadBalancingConfigs = { new RoundRobinConfig() } };
            options.Credentials = ChannelCredentials.Insecure; // h2c, as the replicas serve inside a cluster
        }
        Channel = GrpcChannel.ForAddress(address.Target, options);
    }

    public GrpcChannel Channel { get; }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        if (_services is not null) await _services.DisposeAsync();
    }
}

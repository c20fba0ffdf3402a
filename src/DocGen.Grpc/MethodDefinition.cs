using DocGen.Grpc.CallHandlers;
using Google.Protobuf;
using Microsoft.Extensions.Logging;

namespace DocGen.Grpc;

/// <summary>One method of a service: its name, call type, request parser and handler.</summary>
public abstract class MethodDefinition
{
    private protected MethodDefinition(string serviceName, string name, MethodType type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ServiceName = serviceName;
        Name = name;
        Type = type;
        Path = $"/{serviceName}/{name}";
    }

    public string ServiceName { get; }
    public string Name { get; }
    public MethodType Type { get; }

    /// <summary>The HTTP/2 :path, e.g. "/grpc.health.v1.Health/Check".</summary>
    public string Path { get; }

    internal abstract ServerCallHandler CreateHandler(GrpcTransportOptions options, CancellationToken serverStopping, ILogger logger);
}

internal sealed class MethodDefinition<TRequest, TResponse>(
    string serviceName, string name, MethodType type, MessageParser<TRequest> parser, Delegate handler)
    : MethodDefinition(serviceName, name, type)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    internal override ServerCallHandler CreateHandler(GrpcTransportOptions options, CancellationToken serverStopping, ILogger logger) =>
        Type switch
        {
            MethodType.Unary => new UnaryServerCallHandler<TRequest, TResponse>(
                Path, parser, (UnaryServerMethod<TRequest, TResponse>)handler, options, serverStopping, logger),
            MethodType.ServerStreaming => new ServerStreamingServerCallHandler<TRequest, TResponse>(
                Path, parser, (ServerStreamingServerMethod<TRequest, TResponse>)handler, options, serverStopping, logger),
            MethodType.ClientStreaming => new ClientStreamingServerCallHandler<TRequest, TResponse>(
                Path, parser, (ClientStreamingServerMethod<TRequest, TResponse>)handler, options, serverStopping, logger),
            _ => new DuplexStreamingServerCallHandler<TRequest, TResponse>(
                Path, parser, (DuplexStreamingServerMethod<TRequest, TResponse>)handler, options, serverStopping, logger),
        };
}

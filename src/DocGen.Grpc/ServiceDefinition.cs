using System.Collections.Immutable;
using Google.Protobuf;

namespace DocGen.Grpc;

/// <summary>
/// A service's methods, registered the way a generated base class would declare them:
/// <code>
/// ServiceDefinition.For("docgen.v1.ReportService")
///     .Unary("Render", RenderRequest.Parser, RenderAsync)
///     .DuplexStreaming("RenderBatch", RenderRequest.Parser, RenderBatchAsync);
/// </code>
/// Each call returns a new definition; a definition never changes once made.
/// </summary>
public sealed class ServiceDefinition
{
    private ServiceDefinition(string serviceName, ImmutableArray<MethodDefinition> methods)
    {
        ServiceName = serviceName;
        Methods = methods;
    }

    /// <summary>The fully-qualified protobuf service name, e.g. "grpc.health.v1.Health".</summary>
    public string ServiceName { get; }

    public ImmutableArray<MethodDefinition> Methods { get; }

    public static ServiceDefinition For(string serviceName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        if (serviceName.Contains('/'))
            throw new ArgumentException($"serviceName '{serviceName}' must be a protobuf name, without '/'.", nameof(serviceName));
        return new ServiceDefinition(serviceName, []);
    }

    public ServiceDefinition Unary<TRequest, TResponse>(string name, MessageParser<TRequest> requestParser,
        UnaryServerMethod<TRequest, TResponse> handler)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        With<TRequest, TResponse>(name, MethodType.Unary, requestParser, handler);

    public ServiceDefinition ServerStreaming<TRequest, TResponse>(string name, MessageParser<TRequest> requestParser,
        ServerStreamingServerMethod<TRequest, TResponse> handler)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        With<TRequest, TResponse>(name, MethodType.ServerStreaming, requestParser, handler);

    public ServiceDefinition ClientStreaming<TRequest, TResponse>(string name, MessageParser<TRequest> requestParser,
        ClientStreamingServerMethod<TRequest, TResponse> handler)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        With<TRequest, TResponse>(name, MethodType.ClientStreaming, requestParser, handler);

    public ServiceDefinition DuplexStreaming<TRequest, TResponse>(string name, MessageParser<TRequest> requestParser,
        DuplexStreamingServerMethod<TRequest, TResponse> handler)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        With<TRequest, TResponse>(name, MethodType.DuplexStreaming, requestParser, handler);

    private ServiceDefinition With<TRequest, TResponse>(string name, MethodType type,
        MessageParser<TRequest> requestParser, Delegate handler)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        ArgumentNullException.ThrowIfNull(requestParser);
        ArgumentNullException.ThrowIfNull(handler);
        foreach (var existing in Methods)
        {
            if (existing.Name == name)
                throw new ArgumentException($"name '{name}' is already a method of {ServiceName}.", nameof(name));
        }
        var method = new MethodDefinition<TRequest, TResponse>(ServiceName, name, type, requestParser, handler);
        return new ServiceDefinition(ServiceName, Methods.Add(method));
    }
}

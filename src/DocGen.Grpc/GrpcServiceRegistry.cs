namespace DocGen.Grpc;

/// <summary>The services mapped on this server, in mapping order; reflection lists them.</summary>
public sealed class GrpcServiceRegistry
{
    private readonly List<string> _serviceNames = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<string> ServiceNames
    {
        get { lock (_lock) return _serviceNames.ToArray(); }
    }

    internal bool UnimplementedFallbackMapped { get; set; }

    internal void Add(string serviceName)
    {
        lock (_lock)
        {
            if (_serviceNames.Contains(serviceName))
                throw new InvalidOperationException($"Service {serviceName} is already mapped.");
            _serviceNames.Add(serviceName);
        }
    }

    public bool Contains(string serviceName)
    {
        lock (_lock) return _serviceNames.Contains(serviceName);
    }
}

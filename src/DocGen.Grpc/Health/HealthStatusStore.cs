using DocGen.Grpc.Health.V1;
using ServingStatus = DocGen.Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace DocGen.Grpc.Health;

/// <summary>
/// Serving status per service name ("" is the whole server), set by the host and read by the
/// health service. Watchers are told of every change.
/// </summary>
public sealed class HealthStatusStore
{
    private readonly Dictionary<string, ServingStatus> _statuses = new(StringComparer.Ordinal) { [""] = ServingStatus.Serving };
    private readonly Lock _lock = new();

    /// <summary>Raised after a status changes, with the service name and its new status.</summary>
    internal event Action<string, ServingStatus>? Changed;

    public void SetStatus(string service, ServingStatus status)
    {
        ArgumentNullException.ThrowIfNull(service);
        lock (_lock)
        {
            if (_statuses.TryGetValue(service, out var current) && current == status) return;
            _statuses[service] = status;
        }
        Changed?.Invoke(service, status);
    }

    public void ClearStatus(string service)
    {
        bool removed;
        lock (_lock) removed = _statuses.Remove(service);
        if (removed) Changed?.Invoke(service, ServingStatus.ServiceUnknown);
    }

    public bool TryGetStatus(string service, out ServingStatus status)
    {
        lock (_lock) return _statuses.TryGetValue(service, out status);
    }

    /// <summary>Marks every service NOT_SERVING, as a stopping server should before it drains.</summary>
    public void SetAllNotServing()
    {
        string[] services;
        lock (_lock) services = _statuses.Keys.ToArray();
        foreach (var service in services) SetStatus(service, ServingStatus.NotServing);
    }
}

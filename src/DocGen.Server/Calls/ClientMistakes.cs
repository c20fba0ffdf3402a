using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Grpc.Core;

namespace DocGen.Server.Calls;

/// <summary>
/// Calls that ended by the client's doing — a message that is not protobuf, a reset, a bad request,
/// no key — counted in the metric <c>docgen.server.client_mistakes</c> (meter DocGen.Server, tagged
/// with method and status) and logged at Information without a stack trace: the first
/// <see cref="LinesPerInterval"/> a line each (the call log's), the rest as one line per interval.
/// A flood of malformed calls costs a counter each, not a log line each.
/// </summary>
internal sealed class ClientMistakes : IDisposable
{
    public const string MeterName = "DocGen.Server";
    public const int LinesPerInterval = 20;
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _counter;
    private readonly ILogger<ClientMistakes> _logger;
    private readonly ConcurrentDictionary<string, int> _unlogged = new(StringComparer.Ordinal);
    private readonly ITimer _timer;
    private int _logged;

    public ClientMistakes(ILogger<ClientMistakes> logger, TimeProvider? time = null)
    {
        _logger = logger;
        _counter = _meter.CreateCounter<long>("docgen.server.client_mistakes", description: "Calls ended by the client's mistake (malformed message, reset, bad request, no key)");
        _timer = (time ?? TimeProvider.System).CreateTimer(_ => Flush(), null, Interval, Interval);
    }

    /// <summary>Whether the call ended by the client's doing; our own faults (UNKNOWN, INTERNAL from a handler) are not.</summary>
    public static bool IsMistake(StatusCode status, bool faultLogged) => status switch
    {
        StatusCode.Cancelled or StatusCode.InvalidArgument or StatusCode.Unauthenticated or StatusCode.PermissionDenied
            or StatusCode.Unimplemented or StatusCode.OutOfRange or StatusCode.FailedPrecondition => true,
        // grpc-dotnet ends a call whose message cannot be parsed before any handler ran: ours would have logged.
        StatusCode.Unknown or StatusCode.Internal => !faultLogged,
        _ => false,
    };

    /// <summary>Counts the call; true when it may still have a line of its own in this interval.</summary>
    public bool Record(string method, StatusCode status)
    {
        _counter.Add(1, new KeyValuePair<string, object?>("method", method), new KeyValuePair<string, object?>("status", status.ToString()));
        if (Interlocked.Increment(ref _logged) <= LinesPerInterval) return true;
        _unlogged.AddOrUpdate($"{method} {status}", 1, (_, n) => n + 1);
        return false;
    }

    public void Flush()
    {
        Interlocked.Exchange(ref _logged, 0);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in _unlogged.Keys)
            if (_unlogged.TryRemove(key, out var n) && n > 0) counts[key] = n;
        if (counts.Count == 0) return;
        _logger.LogInformation("{Count} more calls ended by the client's mistake in the last {Seconds:0} s: {ByMethod}",
            counts.Values.Sum(), Interval.TotalSeconds, string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}")));
    }

    public void Dispose()
    {
        _timer.Dispose();
        Flush();
        _meter.Dispose();
    }
}

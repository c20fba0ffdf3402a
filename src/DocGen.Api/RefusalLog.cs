using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DocGen.Api;

/// <summary>
/// Calls refused with RESOURCE_EXHAUSTED (busy, or a message over the limit), logged as one line
/// per interval with a count per method instead of a line per call: under overload a line per
/// refusal was megabytes a second. The host's call log records into it.
/// </summary>
public sealed class RefusalLog : IDisposable
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(10);

    private readonly ILogger _logger;
    private readonly TimeSpan _interval;
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly ITimer _timer;

    public RefusalLog(ILogger<RefusalLog> logger, TimeProvider? time = null, TimeSpan? interval = null)
    {
        _logger = logger;
        _interval = interval ?? DefaultInterval;
        _timer = (time ?? TimeProvider.System).CreateTimer(_ => Flush(), null, _interval, _interval);
    }

    public void Record(string method) => _counts.AddOrUpdate(method, 1, (_, n) => n + 1);

    /// <summary>Logs what was refused since the last flush, if anything (the timer calls this every interval).</summary>
    public void Flush()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var method in _counts.Keys)
            if (_counts.TryRemove(method, out var n) && n > 0) counts[method] = n;
        if (counts.Count == 0) return;
        _logger.LogWarning("Refused {Count} calls with RESOURCE_EXHAUSTED in the last {Seconds:0} s: {ByMethod}",
            counts.Values.Sum(), _interval.TotalSeconds, string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}")));
    }

    public void Dispose()
    {
        _timer.Dispose();
        Flush();
    }
}

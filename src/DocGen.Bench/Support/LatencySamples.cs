using System.Diagnostics;

namespace DocGen.Bench.Support;

/// <summary>Call latencies collected from many workers; percentiles by nearest rank.</summary>
public sealed class LatencySamples
{
    private readonly List<double> _milliseconds = [];
    private bool _sorted;

    public int Count => _milliseconds.Count;

    public void AddSince(long startTimestamp)
    {
        var elapsed = Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
        lock (_milliseconds)
        {
            _milliseconds.Add(elapsed);
            _sorted = false;
        }
    }

    public double Percentile(double p)
    {
        lock (_milliseconds)
        {
            if (_milliseconds.Count == 0) return double.NaN;
            if (!_sorted) { _milliseconds.Sort(); _sorted = true; }
            return _milliseconds[Math.Min(_milliseconds.Count - 1, (int)(p * _milliseconds.Count))];
        }
    }
}

using System.Diagnostics;

namespace DocGen.Cli.Batch;

/// <summary>
/// A progress bar with rate and ETA on stderr, and each replica's rate when a batch is spread
/// over several. On a terminal it redraws one line; otherwise (CI logs, pipes) it prints a line
/// every few seconds instead of flooding the log.
/// </summary>
public sealed class ProgressReporter(int total, TextWriter output, bool interactive)
{
    private const int BarWidth = 30;
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastLog = TimeSpan.Zero;
    private readonly Lock _sync = new();
    private readonly SortedDictionary<string, int> _byReplica = new(StringComparer.Ordinal);
    private int _done, _failed, _skipped;

    /// <summary>Counts one finished request, rendered by <paramref name="replica"/> if a server did; safe to call from any thread.</summary>
    public void Completed(bool failed, bool skipped, string? replica = null)
    {
        lock (_sync) Advance(failed, skipped, replica);
    }

    /// <summary>Results per replica so far.</summary>
    public IReadOnlyDictionary<string, int> ByReplica
    {
        get
        {
            lock (_sync) return new SortedDictionary<string, int>(_byReplica, StringComparer.Ordinal);
        }
    }

    private void Advance(bool failed, bool skipped, string? replica)
    {
        _done++;
        if (replica is not null) _byReplica[replica] = _byReplica.GetValueOrDefault(replica) + 1;
        if (failed) _failed++;
        if (skipped) _skipped++;
        if (interactive) output.Write("\r" + Line());
        else if (_clock.Elapsed - _lastLog >= LogInterval || _done == total)
        {
            _lastLog = _clock.Elapsed;
            output.WriteLine(Line());
        }
    }

    public void Finish()
    {
        if (interactive) output.WriteLine();
    }

    internal string Line()
    {
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        var rate = _done / seconds;
        var fraction = total > 0 ? Math.Min(1.0, (double)_done / total) : 1.0;
        var filled = (int)Math.Round(fraction * BarWidth);
        var eta = rate > 0 && total > _done ? TimeSpan.FromSeconds((total - _done) / rate) : TimeSpan.Zero;
        var line = $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {_done}/{total} " +
                   $"{rate:0.0}/s ETA {eta:hh\\:mm\\:ss}  failed {_failed} skipped {_skipped}";
        return _byReplica.Count < 2 ? line : line + "  |" + string.Concat(_byReplica.Select(r => $" {r.Key} {r.Value / seconds:0.0}/s"));
    }
}

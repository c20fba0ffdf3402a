using System.Diagnostics;

namespace DocGen.Cli.Batch;

/// <summary>
/// A progress bar with rate and ETA on stderr. On a terminal it redraws one line; otherwise
/// (CI logs, pipes) it prints a line every few seconds instead of flooding the log.
/// </summary>
public sealed class ProgressReporter(int total, TextWriter output, bool interactive)
{
    private const int BarWidth = 30;
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastLog = TimeSpan.Zero;
    private readonly Lock _sync = new();
    private int _done, _failed, _skipped;

    /// <summary>Counts one finished request; safe to call from any thread.</summary>
    public void Completed(bool failed, bool skipped)
    {
        lock (_sync) Advance(failed, skipped);
    }

    private void Advance(bool failed, bool skipped)
    {
        _done++;
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
        return $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {_done}/{total} " +
               $"{rate:0.0}/s ETA {eta:hh\\:mm\\:ss}  failed {_failed} skipped {_skipped}";
    }
}

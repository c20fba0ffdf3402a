using System.Diagnostics;
using Spectre.Console;

namespace DocGen.Cli.Batch;

/// <summary>
/// A progress bar with rate and ETA on stderr, and each replica's rate when a batch is spread
/// over several. On a terminal it is Spectre.Console's live progress bar; otherwise (CI logs,
/// pipes) it prints a line every few seconds instead of flooding the log.
/// </summary>
public sealed class ProgressReporter
{
    private readonly int total;
    private readonly TextWriter output;
    private readonly bool interactive;
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task? _live;
    private ProgressTask? _bar;

    public ProgressReporter(int total, TextWriter output, bool interactive)
    {
        this.total = total;
        this.output = output;
        this.interactive = interactive;
        if (!interactive) return;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.Yes });
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _live = console.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                _bar = context.AddTask($"0/{total}", maxValue: Math.Max(total, 1));
                ready.SetResult();
                await _finished.Task;
                context.Refresh();
            });
        ready.Task.Wait();
    }

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
        if (_bar is not null)
        {
            _bar.Increment(1);
            _bar.Description = Markup.Escape(Summary());
        }
        else if (_clock.Elapsed - _lastLog >= LogInterval || _done == total)
        {
            _lastLog = _clock.Elapsed;
            output.WriteLine(Line());
        }
    }

    public void Finish()
    {
        _finished.TrySetResult();
        _live?.GetAwaiter().GetResult();
    }

    /// <summary>Counts, rate and the replicas' rates: the bar's description on a terminal.</summary>
    private string Summary()
    {
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        var line = $"{_done}/{total} {_done / seconds:0.0}/s failed {_failed} skipped {_skipped}";
        return _byReplica.Count < 2 ? line : line + " |" + string.Concat(_byReplica.Select(r => $" {r.Key} {r.Value / seconds:0.0}/s"));
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

using DocGen.Server.Configuration;
using Microsoft.Extensions.Options;

namespace DocGen.Server.Hosting;

/// <summary>
/// Gives memory back after a burst. The GC gives memory back only while it collects, and an idle
/// server allocates too little to collect at all, so after a burst of large requests the heap
/// stayed at its peak (842 MiB 60 s after 24 padded Render calls, whatever the GC settings). Every
/// Memory:TrimIntervalSeconds, when the resident set is above Memory:TrimAboveMiB, one aggressive
/// full GC compacts the heap and decommits its free space: at once when memory has grown half as
/// much again since the last time, else at most every third interval, so that a trim made during
/// the burst is followed by one after it, and a server whose live data really is that large is
/// not collected over and over.
/// </summary>
internal sealed class HeapTrim(IOptions<MemoryOptions> options, ILogger<HeapTrim> logger) : BackgroundService
{
    private const long MiB = 1024 * 1024;
    private const int IntervalsBetweenTrims = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.TrimAboveMiB <= 0) return;
        var threshold = settings.TrimAboveMiB * MiB;
        var grown = threshold;
        var sinceLast = IntervalsBetweenTrims;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.TrimIntervalSeconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                sinceLast++;
                var before = Environment.WorkingSet;
                if (before <= threshold || (before <= grown && sinceLast < IntervalsBetweenTrims)) continue;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                var after = Environment.WorkingSet;
                grown = Math.Max(threshold, after + after / 2);
                sinceLast = 0;
                logger.LogInformation("Heap trimmed: resident memory {Before} MiB before, {After} MiB after", before / MiB, after / MiB);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

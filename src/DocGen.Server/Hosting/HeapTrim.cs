using DocGen.Server.Configuration;
using Microsoft.Extensions.Options;

namespace DocGen.Server.Hosting;

/// <summary>
/// Gives memory back after a burst. The GC gives memory back only while it collects, and an idle
/// server allocates too little to collect at all, so after a burst of large requests the heap
/// stayed at its peak (842 MiB 60 s after 24 padded Render calls, whatever the GC settings). Every
/// Memory:TrimIntervalSeconds, when <see cref="HeapTrimSchedule"/> says so (the resident set above
/// Memory:TrimAboveMiB), one aggressive full GC compacts the heap and decommits its free space.
/// </summary>
internal sealed class HeapTrim(IOptions<MemoryOptions> options, ILogger<HeapTrim> logger) : BackgroundService
{
    private const long MiB = 1024 * 1024;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.TrimAboveMiB <= 0) return;
        var schedule = HeapTrimSchedule.Start(settings.TrimAboveMiB * MiB);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.TrimIntervalSeconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                schedule = schedule.Tick();
                var before = Environment.WorkingSet;
                if (!schedule.IsDue(before)) continue;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                var after = Environment.WorkingSet;
                schedule = schedule.Trimmed(after);
                logger.LogInformation("Heap trimmed: resident memory {Before} MiB before, {After} MiB after", before / MiB, after / MiB);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

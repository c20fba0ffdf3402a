namespace DocGen.Server.Hosting;

/// <summary>
/// When <see cref="HeapTrim"/> collects, one interval at a time: only above the threshold; then at
/// once when resident memory has grown half as much again since the last trim, else at most every
/// third interval, so that a trim made during a burst is followed by one after it, and a server
/// whose live data really is that large is not collected over and over.
/// </summary>
public sealed record HeapTrimSchedule(long ThresholdBytes, long GrownBytes, int IntervalsSinceTrim)
{
    public const int IntervalsBetweenTrims = 3;

    public static HeapTrimSchedule Start(long thresholdBytes) => new(thresholdBytes, thresholdBytes, IntervalsBetweenTrims);

    /// <summary>Another interval has passed.</summary>
    public HeapTrimSchedule Tick() => this with { IntervalsSinceTrim = IntervalsSinceTrim + 1 };

    public bool IsDue(long residentBytes) =>
        residentBytes > ThresholdBytes && (residentBytes > GrownBytes || IntervalsSinceTrim >= IntervalsBetweenTrims);

    /// <summary>A trim left <paramref name="residentBytes"/>: the next one is due at once only past half as much again.</summary>
    public HeapTrimSchedule Trimmed(long residentBytes) =>
        this with { GrownBytes = Math.Max(ThresholdBytes, residentBytes + residentBytes / 2), IntervalsSinceTrim = 0 };
}

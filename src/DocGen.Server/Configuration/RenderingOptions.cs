namespace DocGen.Server.Configuration;

/// <summary>The "Rendering" section: how much work the server takes on at once.</summary>
public sealed class RenderingOptions
{
    public const string Section = "Rendering";

    /// <summary>Renders running at once; 0 means one per core.</summary>
    public int MaxConcurrency { get; set; }

    /// <summary>Render calls that may wait for a slot; past it Render answers RESOURCE_EXHAUSTED.</summary>
    public int QueueLimit { get; set; } = 64;

    /// <summary>Reports one RenderBatch stream may have read but not yet answered (its backpressure window); 0 means twice the concurrency.</summary>
    public int BatchWindow { get; set; }

    public int EffectiveConcurrency => MaxConcurrency > 0 ? MaxConcurrency : Environment.ProcessorCount;

    /// <summary>
    /// Slots for Validate and ImportReport, apart from the renders' (0: half of
    /// <see cref="EffectiveConcurrency"/>, at least 1): a flood of them waits for these and is
    /// refused past <see cref="CheckQueueLimit"/>, and cannot take the slots Render needs.
    /// </summary>
    public int CheckConcurrency { get; set; }

    /// <summary>Validate and ImportReport calls waiting for a check slot before more are refused (RESOURCE_EXHAUSTED).</summary>
    public int CheckQueueLimit { get; set; } = 16;

    public int EffectiveCheckConcurrency => CheckConcurrency > 0 ? CheckConcurrency : Math.Max(1, EffectiveConcurrency / 2);

    public int EffectiveBatchWindow => BatchWindow > 0 ? BatchWindow : 2 * EffectiveConcurrency;
}

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

    public int EffectiveBatchWindow => BatchWindow > 0 ? BatchWindow : 2 * EffectiveConcurrency;
}

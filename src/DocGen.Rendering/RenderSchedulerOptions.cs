namespace DocGen.Rendering;

/// <summary>How much rendering work the process takes on at once.</summary>
public sealed record RenderSchedulerOptions
{
    /// <summary>Renders running at once; default one per core (rendering is CPU-bound).</summary>
    public int MaxConcurrency { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Renders allowed to wait for a slot. A unary call past this is refused at once
    /// (RESOURCE_EXHAUSTED) instead of queueing without bound.
    /// </summary>
    public int QueueLimit { get; init; } = 64;
}

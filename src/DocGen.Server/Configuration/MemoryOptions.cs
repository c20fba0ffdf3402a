namespace DocGen.Server.Configuration;

/// <summary>The "Memory" section: giving memory back after a burst.</summary>
public sealed class MemoryOptions
{
    public const string Section = "Memory";

    /// <summary>
    /// Resident memory above which the server compacts its heap and returns the free part to the
    /// system (an aggressive full GC), checked every <see cref="TrimIntervalSeconds"/>; 0 turns it off.
    /// </summary>
    public int TrimAboveMiB { get; set; } = 400;

    public int TrimIntervalSeconds { get; set; } = 10;
}

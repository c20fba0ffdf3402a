namespace DocGen.Sites;

public sealed record SiteRegistryOptions
{
    /// <summary>Quiet time after the last file event before reloading (editors write in bursts).</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Watch the folder with a FileSystemWatcher (off in tests that drive <see cref="SiteRegistry.Reload"/> themselves).</summary>
    public bool Watch { get; init; } = true;

    /// <summary>
    /// Also compare the folder's file stamps on lookups at most this often, so an edit is served on
    /// the next call even when the watcher's event has not arrived yet (or is lost, as on some
    /// network file systems). Zero: on every lookup. Null: never.
    /// </summary>
    public TimeSpan? StampCheckInterval { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// Whether a font family site.json names is installed (the host asks the PDF's font catalogue);
    /// a family that is not is a warning naming the field. Null: not checked.
    /// </summary>
    public Func<string, bool>? FontInstalled { get; init; }
}

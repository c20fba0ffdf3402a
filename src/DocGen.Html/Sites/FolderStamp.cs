namespace DocGen.Html.Sites;

/// <summary>
/// A cheap fingerprint of a folder tree: every file's path, size and last-write time. Cheaper than
/// reading the files, and enough to tell an edited, added or removed file (file systems here keep
/// sub-millisecond times). Only compared within one process, so <see cref="HashCode"/> is fine.
/// </summary>
internal static class FolderStamp
{
    public static long Of(params string[] folders)
    {
        var hash = new HashCode();
        var count = 0;
        foreach (var folder in folders)
        {
            hash.Add(folder, StringComparer.Ordinal);
            var directory = new DirectoryInfo(folder);
            if (!directory.Exists)
            {
                hash.Add(-1);
                continue;
            }
            foreach (var file in directory.EnumerateFileSystemInfos("*", SearchOption.AllDirectories)
                         .OrderBy(f => f.FullName, StringComparer.Ordinal))
            {
                hash.Add(file.FullName, StringComparer.Ordinal);
                hash.Add(file.LastWriteTimeUtc.Ticks);
                if (file is FileInfo f) hash.Add(f.Length);
                count++;
            }
        }
        // The entry count beside the hash: a collision needs both to agree.
        return ((long)hash.ToHashCode() << 32) | (uint)count;
    }
}

using System.IO.Enumeration;
using System.Runtime.InteropServices;

namespace DocGen.Sites;

/// <summary>
/// A cheap fingerprint of a folder tree: every file's path, size and last-write time. Cheaper than
/// reading the files, and enough to tell an edited, added or removed file (file systems here keep
/// sub-millisecond times). Only compared within one process, so <see cref="HashCode"/> is fine.
/// </summary>
/// <remarks>
/// Taken on every site lookup, so on every Render: entries are hashed as the enumeration reads
/// them, with no <see cref="FileSystemInfo"/> or path string made per file, and combined by a sum,
/// which does not depend on the order a file system lists them in (so no sort either).
/// </remarks>
internal static class FolderStamp
{
    private static readonly EnumerationOptions AllEntries = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
    };

    public static long Of(params string[] folders)
    {
        var hash = new HashCode();
        long sum = 0;
        var count = 0;
        foreach (var folder in folders)
        {
            hash.Add(folder, StringComparer.Ordinal);
            if (!Directory.Exists(folder))
            {
                hash.Add(-1);
                continue;
            }
            var entries = new FileSystemEnumerable<long>(folder, EntryHash, AllEntries);
            foreach (var entry in entries)
            {
                sum += entry;
                count++;
            }
        }
        hash.Add(sum);
        // The entry count beside the hash: a collision needs both to agree.
        return ((long)hash.ToHashCode() << 32) | (uint)count;
    }

    private static long EntryHash(ref FileSystemEntry entry)
    {
        var path = new HashCode();
        path.AddBytes(MemoryMarshal.AsBytes(entry.Directory));
        path.Add('/');
        path.AddBytes(MemoryMarshal.AsBytes(entry.FileName));
        var pathHash = path.ToHashCode();
        var stamp = HashCode.Combine(pathHash, entry.LastWriteTimeUtc.UtcTicks, entry.IsDirectory ? -1 : entry.Length);
        return ((long)pathHash << 32) | (uint)stamp;
    }
}

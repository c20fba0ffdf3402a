using System.Runtime.InteropServices;

namespace DocGen.Sites.Tests.Support;

/// <summary>
/// A folder laid out and updated the way the kubelet writes a ConfigMap volume (its atomic
/// writer): the files live in a timestamped folder <c>..2026_…</c>, <c>..data</c> is a symlink to
/// it, and each top-level name is a symlink into <c>..data</c>. An update writes a new timestamped
/// folder, swaps <c>..data</c> by renaming a fresh symlink over it, then deletes the old folder;
/// the paths a reader uses never change, only what they resolve to.
/// </summary>
internal sealed class ConfigMapVolume : IDisposable
{
    private const string DataLink = "..data";
    private int _version;

    public string Root { get; } = Directory.CreateTempSubdirectory("docgen-configmap-").FullName;

    /// <summary>The volume's files after an update: relative path → content.</summary>
    public void Write(IReadOnlyDictionary<string, string> files)
    {
        var previous = Directory.GetDirectories(Root, "..2*");
        var version = $"..2026_12_01_00_00_{++_version:D2}.000000001";
        foreach (var (path, content) in files)
        {
            var target = Path.Combine(Root, version, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, content);
        }

        var temporary = Path.Combine(Root, DataLink + "_tmp");
        File.CreateSymbolicLink(temporary, version);
        if (Rename(temporary, Path.Combine(Root, DataLink)) != 0) throw new IOException($"rename {temporary}: errno {Marshal.GetLastPInvokeError()}");

        var topLevel = files.Keys.Select(p => p.Split('/')[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var name in topLevel.Where(n => !Path.Exists(Path.Combine(Root, n))))
            File.CreateSymbolicLink(Path.Combine(Root, name), Path.Combine(DataLink, name));
        foreach (var link in Directory.EnumerateFileSystemEntries(Root).Select(Path.GetFileName).Where(n => !n!.StartsWith("..", StringComparison.Ordinal) && !topLevel.Contains(n!)))
            File.Delete(Path.Combine(Root, link!));
        foreach (var old in previous) Directory.Delete(old, recursive: true);
    }

    /// <summary>The repository's templates/ as a volume payload.</summary>
    public static Dictionary<string, string> Templates() =>
        Directory.EnumerateFiles(CheckoutPaths.Templates, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(CheckoutPaths.Templates, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    // rename(2) replaces the old ..data link in one step, as the kubelet does; File.Move refuses a link to a folder.
    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int Rename(string from, string to);
}

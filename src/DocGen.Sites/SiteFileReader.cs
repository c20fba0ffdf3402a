using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace DocGen.Sites;

/// <summary>
/// Reads a site's text files (site.json, templates, CSS). A file must lie inside the templates root
/// once links are followed, so a symlink cannot make a site serve /etc/passwd, and must be UTF-8, so
/// a file of random bytes is refused at load instead of filling a page with U+FFFD.
/// </summary>
internal static class SiteFileReader
{
    /// <exception cref="SiteFileException">The file resolves outside <paramref name="root"/> or is not valid UTF-8.</exception>
    public static string ReadText(string path, string root)
    {
        var resolved = RealPath.Of(path);
        var resolvedRoot = RealPath.Of(root);
        if (!resolved.StartsWith(resolvedRoot.TrimEnd('/') + "/", StringComparison.Ordinal))
            throw new SiteFileException(path, 0, $"resolves to {resolved}, outside the templates folder {resolvedRoot}");
        var bytes = File.ReadAllBytes(path);
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var line = 1 + bytes.AsSpan(0, read).Count((byte)'\n');
                throw new SiteFileException(path, line, $"is not valid UTF-8 (byte {read} of {bytes.Length}); save it as UTF-8");
            }
            var text = new string(chars, 0, written);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public static int LineAt(string text, int index) => 1 + text.AsSpan(0, index).Count('\n');
}

/// <summary>A path with every symbolic link along it followed (what realpath(3) returns).</summary>
internal static class RealPath
{
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string Resolve(string fullPath, ref int links)
    {
        var current = Path.GetPathRoot(fullPath)!;
        foreach (var part in fullPath[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks) throw new IOException($"{fullPath}: too many levels of symbolic links");
                next = Resolve(Path.GetFullPath(target, current), ref links);
            }
            current = next;
        }
        return current;
    }
}

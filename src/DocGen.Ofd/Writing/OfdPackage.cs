using System.IO.Compression;

namespace DocGen.Ofd.Writing;

/// <summary>
/// The OFD container (a ZIP, GB/T 33190 §7.2) written the same every time: entries in the order
/// added, every timestamp the same fixed date, nothing from the clock or the file system.
/// </summary>
internal sealed class OfdPackage
{
    private static readonly DateTimeOffset Timestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly MemoryStream _stream = new();
    private readonly ZipArchive _zip;

    public OfdPackage() => _zip = new ZipArchive(_stream, ZipArchiveMode.Create, leaveOpen: true);

    /// <param name="compress">False for the font programs: deflating them was most of what an OFD added to a render.</param>
    public void Add(string path, byte[] content, bool compress = true)
    {
        var entry = _zip.CreateEntry(path, compress ? CompressionLevel.Fastest : CompressionLevel.NoCompression);
        entry.LastWriteTime = Timestamp;
        using var stream = entry.Open();
        stream.Write(content);
    }

    public byte[] ToArray()
    {
        _zip.Dispose();
        return _stream.ToArray();
    }
}

namespace DocGen.Layout.Fonts;

/// <summary>One array a font scan reads every file into in turn, grown to the largest file; the scan drops it when done.</summary>
internal sealed class ScanBuffer
{
    private byte[] _bytes = [];

    /// <summary>The file's <paramref name="length"/> bytes (fewer if it shrank since its length was read).</summary>
    public ReadOnlySpan<byte> Read(string file, long length)
    {
        if (_bytes.Length < length) _bytes = new byte[length];
        using var handle = File.OpenHandle(file);
        var read = 0;
        while (read < length)
        {
            var n = RandomAccess.Read(handle, _bytes.AsSpan(read, (int)length - read), read);
            if (n == 0) break;
            read += n;
        }
        return _bytes.AsSpan(0, read);
    }
}

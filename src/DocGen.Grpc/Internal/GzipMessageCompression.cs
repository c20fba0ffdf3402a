using System.Buffers;
using System.IO.Compression;

namespace DocGen.Grpc.Internal;

/// <summary>gzip per-message compression (grpc-encoding: gzip), with a bound on what a message may inflate to.</summary>
internal static class GzipMessageCompression
{
    public static byte[] Compress(ReadOnlySpan<byte> message)
    {
        using var output = new MemoryStream(message.Length / 2 + 64);
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(message);
        }
        return output.ToArray();
    }

    /// <summary>
    /// Inflates one message. Throws RESOURCE_EXHAUSTED as soon as the output passes
    /// <paramref name="maxLength"/>, so a small "zip bomb" cannot fill memory.
    /// </summary>
    public static byte[] Decompress(in ReadOnlySequence<byte> compressed, int? maxLength)
    {
        using var input = new MemoryStream(compressed.ToArray(), writable: false);
        try
        {
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
            try
            {
                int read;
                while ((read = gzip.Read(chunk, 0, chunk.Length)) > 0)
                {
                    if (output.Length + read > maxLength)
                        throw new RpcException(new Status(StatusCode.ResourceExhausted,
                            $"Received message exceeds the maximum configured message size of {maxLength} bytes after decompression."));
                    output.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
            return output.ToArray();
        }
        catch (InvalidDataException ex)
        {
            throw new RpcException(new Status(StatusCode.Internal, "Failed to decompress message: " + ex.Message));
        }
    }
}

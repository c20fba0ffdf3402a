using System.Buffers;
using System.Buffers.Binary;

namespace DocGen.Grpc.Internal;

/// <summary>
/// The length-prefixed message framing of gRPC: a compressed flag, a big-endian length, the
/// message bytes.
/// </summary>
internal static class GrpcFrame
{
    public const int HeaderSize = 1 + 4; // compressed flag + big-endian length

    public const byte NotCompressed = 0;
    public const byte Compressed = 1;

    /// <summary>
    /// Reads the 5-byte prefix alone, so a size limit can be enforced before the message is
    /// buffered. False when fewer than 5 bytes are available.
    /// </summary>
    public static bool TryReadHeader(in ReadOnlySequence<byte> buffer, out bool compressed, out uint length)
    {
        compressed = false;
        length = 0;
        if (buffer.Length < HeaderSize) return false;

        Span<byte> header = stackalloc byte[HeaderSize];
        buffer.Slice(0, HeaderSize).CopyTo(header);
        compressed = header[0] switch
        {
            NotCompressed => false,
            Compressed => true,
            _ => throw new RpcException(new Status(StatusCode.Internal, $"Invalid compressed flag {header[0]} in message prefix.")),
        };
        length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        return true;
    }

    /// <summary>
    /// Reads one whole message. False when the buffer holds less than one frame; otherwise
    /// <paramref name="payload"/> is the message bytes and <paramref name="consumed"/> the
    /// position just after them.
    /// </summary>
    public static bool TryReadMessage(in ReadOnlySequence<byte> buffer, out bool compressed,
        out ReadOnlySequence<byte> payload, out SequencePosition consumed)
    {
        payload = default;
        consumed = buffer.Start;
        if (!TryReadHeader(buffer, out compressed, out var length)) return false;
        if (buffer.Length - HeaderSize < length) return false;

        payload = buffer.Slice(HeaderSize, length);
        consumed = payload.End;
        return true;
    }

    public static void WriteHeader(Span<byte> destination, bool compressed, int length)
    {
        destination[0] = compressed ? Compressed : NotCompressed;
        BinaryPrimitives.WriteUInt32BigEndian(destination[1..], (uint)length);
    }
}

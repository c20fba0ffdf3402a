using System.Buffers;
using System.Buffers.Binary;

namespace DocGen.Server.Calls;

/// <summary>The 5 bytes before every gRPC message: a compressed flag (1) and the message's length (4, big-endian).</summary>
internal static class GrpcMessagePrefix
{
    public const int Bytes = 5;

    /// <summary>The length the prefix at the start of <paramref name="buffer"/> declares (it holds at least <see cref="Bytes"/>).</summary>
    public static long DeclaredLength(ReadOnlySequence<byte> buffer)
    {
        Span<byte> prefix = stackalloc byte[Bytes];
        buffer.Slice(0, Bytes).CopyTo(prefix);
        return BinaryPrimitives.ReadUInt32BigEndian(prefix[1..]);
    }
}

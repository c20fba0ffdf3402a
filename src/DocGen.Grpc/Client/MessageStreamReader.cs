using System.Buffers;
using System.Buffers.Binary;
using DocGen.Grpc.Internal;
using Google.Protobuf;

namespace DocGen.Grpc.Client;

/// <summary>Reads length-prefixed messages from a response body stream.</summary>
internal static class MessageStreamReader
{
    /// <summary>The next message, or null at the end of the body.</summary>
    public static async ValueTask<T?> ReadAsync<T>(Stream body, MessageParser<T> parser, bool gzipResponse,
        int? maxLength, CancellationToken cancellationToken)
        where T : class, IMessage<T>
    {
        var header = new byte[GrpcFrame.HeaderSize];
        var headerRead = await ReadFullyAsync(body, header, cancellationToken);
        if (headerRead == 0) return null;
        if (headerRead < GrpcFrame.HeaderSize)
            throw new RpcException(new Status(StatusCode.Internal, "Incomplete message prefix in the response."));

        var compressed = header[0] == GrpcFrame.Compressed;
        var length = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(1));
        if (length > maxLength)
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"Received message exceeds the maximum configured message size of {maxLength} bytes."));

        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            if (await ReadFullyAsync(body, buffer.AsMemory(0, (int)length), cancellationToken) < length)
                throw new RpcException(new Status(StatusCode.Internal, "Incomplete message in the response."));
            if (!compressed) return parser.ParseFrom(buffer, 0, (int)length);
            if (!gzipResponse)
                throw new RpcException(new Status(StatusCode.Internal, "Compressed message without a grpc-encoding."));
            var payload = new ReadOnlySequence<byte>(buffer, 0, (int)length);
            return parser.ParseFrom(GzipMessageCompression.Decompress(payload, maxLength));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async ValueTask<int> ReadFullyAsync(Stream body, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await body.ReadAsync(buffer[total..], cancellationToken);
            if (read == 0) break;
            total += read;
        }
        return total;
    }
}

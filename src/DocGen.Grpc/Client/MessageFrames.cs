using DocGen.Grpc.Internal;
using Google.Protobuf;

namespace DocGen.Grpc.Client;

/// <summary>Serializes a request message into one length-prefixed frame.</summary>
internal static class MessageFrames
{
    public static byte[] Frame(IMessage message, bool compress)
    {
        if (compress)
        {
            var compressed = GzipMessageCompression.Compress(message.ToByteArray());
            var framed = new byte[GrpcFrame.HeaderSize + compressed.Length];
            GrpcFrame.WriteHeader(framed, compressed: true, compressed.Length);
            compressed.CopyTo(framed.AsSpan(GrpcFrame.HeaderSize));
            return framed;
        }

        var size = message.CalculateSize();
        var frame = new byte[GrpcFrame.HeaderSize + size];
        GrpcFrame.WriteHeader(frame, compressed: false, size);
        message.WriteTo(frame.AsSpan(GrpcFrame.HeaderSize));
        return frame;
    }
}

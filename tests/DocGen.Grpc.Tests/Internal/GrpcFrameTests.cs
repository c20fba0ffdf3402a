using System.Buffers;
using DocGen.Grpc.Internal;

namespace DocGen.Grpc.Tests.Internal;

public sealed class GrpcFrameTests
{
    [Fact]
    public void TryReadMessage_WholeFrame_ReturnsPayloadAndConsumesIt()
    {
        byte[] bytes =
        [
            0x00,                   // not compressed
            0x00, 0x00, 0x00, 0x03, // length 3
            0x0A, 0x01, 0x61,       // field 1 = "a"
            0x00,                   // first byte of the next frame
        ];
        var buffer = new ReadOnlySequence<byte>(bytes);

        var found = GrpcFrame.TryReadMessage(buffer, out var compressed, out var payload, out var consumed);

        Assert.True(found);
        Assert.False(compressed);
        Assert.Equal([0x0A, 0x01, 0x61], payload.ToArray());
        Assert.Equal(8, buffer.Slice(buffer.Start, consumed).Length);
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0x00, 0x00, 0x00 })]                   // prefix cut short
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x00, 0x02, 0x0A })] // one of two payload bytes
    public void TryReadMessage_PartialFrame_ReturnsFalse(byte[] bytes)
    {
        Assert.False(GrpcFrame.TryReadMessage(new ReadOnlySequence<byte>(bytes), out _, out _, out _));
    }

    [Fact]
    public void TryReadHeader_PrefixAlone_GivesLengthBeforeAnyPayload()
    {
        byte[] bytes =
        [
            0x01,                   // compressed
            0x00, 0x10, 0x00, 0x00, // length 1 MiB, none of it here yet
        ];

        Assert.True(GrpcFrame.TryReadHeader(new ReadOnlySequence<byte>(bytes), out var compressed, out var length));
        Assert.True(compressed);
        Assert.Equal(1024u * 1024u, length);
    }

    [Fact]
    public void TryReadHeader_InvalidFlag_IsInternal()
    {
        byte[] bytes = [0x02, 0x00, 0x00, 0x00, 0x00];

        var error = Assert.Throws<RpcException>(() => GrpcFrame.TryReadHeader(new ReadOnlySequence<byte>(bytes), out _, out _));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
    }

    [Fact]
    public void TryReadMessage_FrameSplitAcrossSegments_IsReassembled()
    {
        var first = new Segment([0x00, 0x00, 0x00]);
        var last = first.Append([0x00, 0x02, 0x08, 0x01]);
        var buffer = new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);

        Assert.True(GrpcFrame.TryReadMessage(buffer, out _, out var payload, out _));
        Assert.Equal([0x08, 0x01], payload.ToArray());
    }

    [Fact]
    public void WriteHeader_WritesFlagAndBigEndianLength()
    {
        var header = new byte[GrpcFrame.HeaderSize];

        GrpcFrame.WriteHeader(header, compressed: true, 0x01020304);

        Assert.Equal([0x01, 0x01, 0x02, 0x03, 0x04], header);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] bytes) => Memory = bytes;

        public Segment Append(byte[] bytes)
        {
            var next = new Segment(bytes) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}

using DocGen.Grpc.Client;
using DocGen.Grpc.Tests.Interop;
using DocGen.Grpc.Tests.Support;

namespace DocGen.Grpc.Tests.Calls;

public sealed class StreamingCallTests(EchoServerFixture fixture) : IClassFixture<EchoServerFixture>
{
    private GrpcChannel Channel => fixture.Channel;

    [Fact]
    public async Task ServerStream_Count_SendsThatManyRepliesInOrder()
    {
        using var call = Channel.DuplexStreaming<StreamRequest, EchoReply>("/interop.v1.Echo/ServerStream", EchoReply.Parser);
        await call.RequestStream.WriteAsync(new StreamRequest { Message = "page", Count = 3 });
        await call.RequestStream.CompleteAsync();

        var replies = await ReadAllAsync(call.ResponseStream);

        Assert.Equal(["page #1", "page #2", "page #3"], replies.Select(r => r.Message));
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task ClientStream_Messages_AreJoinedInOneReply()
    {
        using var call = Channel.DuplexStreaming<EchoRequest, EchoReply>("/interop.v1.Echo/ClientStream", EchoReply.Parser);
        foreach (var text in new[] { "a", "b", "c" }) await call.RequestStream.WriteAsync(new EchoRequest { Message = text });
        await call.RequestStream.CompleteAsync();

        var replies = await ReadAllAsync(call.ResponseStream);

        Assert.Equal("a,b,c", Assert.Single(replies).Message);
    }

    [Fact]
    public async Task Bidi_EachRequest_IsAnsweredBeforeTheNextIsSent()
    {
        using var call = Channel.DuplexStreaming<EchoRequest, EchoReply>("/interop.v1.Echo/Bidi", EchoReply.Parser);

        foreach (var (text, index) in new[] { ("一", 1), ("二", 2), ("三", 3) })
        {
            await call.RequestStream.WriteAsync(new EchoRequest { Message = text });
            Assert.True(await call.ResponseStream.MoveNext());
            Assert.Equal(text, call.ResponseStream.Current.Message);
            Assert.Equal(index, call.ResponseStream.Current.Index);
        }
        await call.RequestStream.CompleteAsync();

        Assert.False(await call.ResponseStream.MoveNext());
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task ClientStream_NoMessages_RepliesWithEmptyJoin()
    {
        using var call = Channel.DuplexStreaming<EchoRequest, EchoReply>("/interop.v1.Echo/ClientStream", EchoReply.Parser);
        await call.RequestStream.CompleteAsync();

        var replies = await ReadAllAsync(call.ResponseStream);

        Assert.Equal(0, Assert.Single(replies).Index);
    }

    [Fact]
    public async Task ClientStream_MoreThanKestrelsBodyLimit_IsServed()
    {
        // 40 messages of 900 kB: each under the 1 MiB message limit, 36 MB together, past
        // Kestrel's default 30 MB request body limit.
        var chunk = new EchoRequest { Message = "m", Payload = Google.Protobuf.ByteString.CopyFrom(new byte[900_000]) };
        using var call = Channel.DuplexStreaming<EchoRequest, EchoReply>("/interop.v1.Echo/ClientStream", EchoReply.Parser);
        for (var i = 0; i < 40; i++) await call.RequestStream.WriteAsync(chunk);
        await call.RequestStream.CompleteAsync();

        var replies = await ReadAllAsync(call.ResponseStream);

        Assert.Equal(40, Assert.Single(replies).Index);
    }

    internal static async Task<List<T>> ReadAllAsync<T>(IAsyncStreamReader<T> stream)
    {
        var all = new List<T>();
        while (await stream.MoveNext()) all.Add(stream.Current);
        return all;
    }
}

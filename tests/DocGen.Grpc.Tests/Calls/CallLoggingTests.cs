using DocGen.Grpc.Tests.Interop;
using DocGen.Grpc.Tests.Support;

namespace DocGen.Grpc.Tests.Calls;

public sealed class CallLoggingTests
{
    [Fact]
    public async Task EachCall_LogsOneLineWithMethodStatusDurationAndBytes()
    {
        await using var server = await EchoServer.StartAsync();
        using var channel = server.CreateChannel();

        await channel.UnaryAsync("/interop.v1.Echo/Unary", new EchoRequest { Message = "hello" }, EchoReply.Parser);
        await Assert.ThrowsAsync<RpcException>(() => channel.UnaryAsync("/interop.v1.Echo/Fail",
            new FailRequest { Code = (int)StatusCode.NotFound, Message = "x" }, EchoReply.Parser));
        await Assert.ThrowsAsync<RpcException>(() => channel.UnaryAsync("/interop.v1.Echo/Missing", new EchoRequest(), EchoReply.Parser));

        var lines = await WaitForCallLinesAsync(server, count: 3);
        var ok = lines.Single(l => (string)l.State["Method"]! == "/interop.v1.Echo/Unary");
        Assert.Equal(StatusCode.OK, ok.State["StatusCode"]);
        Assert.Equal(12L, ok.State["BytesIn"]);  // 5-byte prefix + 7-byte message
        Assert.Equal(12L, ok.State["BytesOut"]);
        Assert.IsType<double>(ok.State["DurationMs"]);
        var failed = lines.Single(l => (string)l.State["Method"]! == "/interop.v1.Echo/Fail");
        Assert.Equal(StatusCode.NotFound, failed.State["StatusCode"]);
        var missing = lines.Single(l => (string)l.State["Method"]! == "/interop.v1.Echo/Missing");
        Assert.Equal(StatusCode.Unimplemented, missing.State["StatusCode"]);
    }

    private static async Task<List<CapturingLoggerProvider.LogEntry>> WaitForCallLinesAsync(EchoServer server, int count)
    {
        // The line is written after the response is complete, so it can trail the client by a moment.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var lines = server.Logs.Entries.Where(e => e.EventId == 1 && e.Category == "DocGen.Grpc.ServerCall").ToList();
            if (lines.Count >= count) return lines;
            await Task.Delay(20);
        }
        return server.Logs.Entries.Where(e => e.EventId == 1 && e.Category == "DocGen.Grpc.ServerCall").ToList();
    }
}

using DocGen.Grpc.Client;
using DocGen.Grpc.Tests.Interop;
using DocGen.Grpc.Tests.Support;

namespace DocGen.Grpc.Tests.Calls;

// Each test starts its own server: the probe records one handler's view of one call.
public sealed class DeadlineAndCancellationTests : IAsyncLifetime
{
    private EchoServer _server = null!;
    private GrpcChannel _channel = null!;

    public async Task InitializeAsync()
    {
        _server = await EchoServer.StartAsync();
        _channel = _server.CreateChannel();
    }

    public async Task DisposeAsync()
    {
        _channel.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Sleep_PastDeadline_IsDeadlineExceededAndHandlerTokenFires()
    {
        var options = new CallOptions(Deadline: DateTime.UtcNow.AddMilliseconds(200));

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _channel.UnaryAsync("/interop.v1.Echo/Sleep", new SleepRequest { Milliseconds = 10_000 }, EchoReply.Parser, options));

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        // Client and server both time the deadline; either may end the call first, and either
        // way the handler's token must fire.
        await _server.Probe.Cancelled.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Sleep_HandlerIgnoresToken_ServerStillAnswersDeadlineExceeded()
    {
        // Sent by hand with a raw grpc-timeout and no client-side timer, so the status can only
        // have come from the server.
        using var http = new RawGrpcClient(_server.Address);
        var response = await http.PostAsync("/interop.v1.Echo/Sleep",
            new SleepRequest { Milliseconds = 3_000, IgnoreCancellation = true },
            headers: new() { ["grpc-timeout"] = "100m" });

        Assert.True(response.Status == "4", $"expected grpc-status 4: {response}");
        Assert.True(response.Elapsed < TimeSpan.FromMilliseconds(2_500), $"answered after {response.Elapsed}, before the handler's 3 s sleep ended");
    }

    [Fact]
    public async Task WaitForCancel_DeadlineAfterAMessage_StatusComesInTrailers()
    {
        using var http = new RawGrpcClient(_server.Address);

        var response = await http.PostAsync("/interop.v1.Echo/WaitForCancel", new EchoRequest { Message = "first" },
            headers: new() { ["grpc-timeout"] = "200m" });

        Assert.False(response.TrailersOnly);
        Assert.Equal("4", response.Trailers["grpc-status"]);
        Assert.Equal("first", EchoReply.Parser.ParseFrom(response.Body.AsSpan(5).ToArray()).Message);
    }

    [Fact]
    public async Task ClientStream_ServerRefusesOversizedMessage_WriterSeesTheServersStatus()
    {
        using var call = _channel.DuplexStreaming<EchoRequest, EchoReply>("/interop.v1.Echo/ClientStream", EchoReply.Parser);
        var huge = new EchoRequest { Payload = Google.Protobuf.ByteString.CopyFrom(new byte[EchoServer.MaxReceiveMessageSize + 1]) };

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await call.RequestStream.WriteAsync(huge);
            for (var i = 0; i < 100; i++) await call.RequestStream.WriteAsync(huge);
        });

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task Sleep_WithinDeadline_Succeeds()
    {
        var options = new CallOptions(Deadline: DateTime.UtcNow.AddSeconds(30));

        var reply = await _channel.UnaryAsync("/interop.v1.Echo/Sleep", new SleepRequest { Milliseconds = 10 }, EchoReply.Parser, options);

        Assert.Equal("slept", reply.Message);
    }

    [Fact]
    public async Task WaitForCancel_ClientCancels_HandlerTokenFires()
    {
        using var cancel = new CancellationTokenSource();
        using var call = _channel.DuplexStreaming<EchoRequest, EchoReply>("/interop.v1.Echo/WaitForCancel", EchoReply.Parser,
            new CallOptions(CancellationToken: cancel.Token));
        await call.RequestStream.WriteAsync(new EchoRequest { Message = "waiting" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext());

        await cancel.CancelAsync();
        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext());

        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
        Assert.False(await _server.Probe.Cancelled.WaitAsync(TimeSpan.FromSeconds(10)), "the handler's token fired, and not for a deadline");
    }

    [Fact]
    public async Task HostStops_InFlightCallFinishes()
    {
        var call = _channel.UnaryAsync("/interop.v1.Echo/Sleep", new SleepRequest { Milliseconds = 500 }, EchoReply.Parser);
        await _server.Probe.Started.WaitAsync(TimeSpan.FromSeconds(10));

        await _server.StopAsync();

        Assert.Equal("slept", (await call).Message);
    }

    [Fact]
    public async Task HealthWatch_HostStops_StreamEndsWithOk()
    {
        using var watch = _channel.DuplexStreaming<Health.V1.HealthCheckRequest, Health.V1.HealthCheckResponse>(
            "/grpc.health.v1.Health/Watch", Health.V1.HealthCheckResponse.Parser);
        await watch.RequestStream.WriteAsync(new Health.V1.HealthCheckRequest());
        await watch.RequestStream.CompleteAsync();
        Assert.True(await watch.ResponseStream.MoveNext());

        var stopping = _server.StopAsync();
        while (await watch.ResponseStream.MoveNext())
        {
        }
        await stopping;

        Assert.Equal(StatusCode.OK, watch.GetStatus().StatusCode);
    }
}

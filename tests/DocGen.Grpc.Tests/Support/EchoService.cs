using DocGen.Grpc.Tests.Interop;
using Google.Protobuf;
using Google.Rpc;

namespace DocGen.Grpc.Tests.Support;

/// <summary>The test-only interop.v1.Echo service; <see cref="Probe"/> records what handlers observed.</summary>
public sealed class EchoService
{
    public const string Name = "interop.v1.Echo";

    public HandlerProbe Probe { get; } = new();

    public ServiceDefinition Definition => ServiceDefinition.For(Name)
        .Unary<EchoRequest, EchoReply>("Unary", EchoRequest.Parser, Unary)
        .ServerStreaming<StreamRequest, EchoReply>("ServerStream", StreamRequest.Parser, ServerStreamAsync)
        .ClientStreaming<EchoRequest, EchoReply>("ClientStream", EchoRequest.Parser, ClientStreamAsync)
        .DuplexStreaming<EchoRequest, EchoReply>("Bidi", EchoRequest.Parser, BidiAsync)
        .Unary<FailRequest, EchoReply>("Fail", FailRequest.Parser, Fail)
        .Unary<SleepRequest, EchoReply>("Sleep", SleepRequest.Parser, SleepAsync)
        .ServerStreaming<EchoRequest, EchoReply>("WaitForCancel", EchoRequest.Parser, WaitForCancelAsync)
        .Unary<BigRequest, EchoReply>("Big", BigRequest.Parser, Big);

    private static Task<EchoReply> Unary(EchoRequest request, ServerCallContext context)
    {
        if (context.RequestHeaders.TryGetValue("x-echo-trailer", out var value))
            context.ResponseTrailers["x-echo-trailer"] = value.ToString();
        if (context.RequestHeaders.ContainsKey("x-echo-context"))
        {
            context.ResponseTrailers["x-peer"] = context.Peer;
            context.ResponseTrailers["x-method"] = context.Method;
            context.ResponseTrailers["x-deadline"] = context.Deadline.ToString("O");
        }
        return Task.FromResult(new EchoReply { Message = request.Message, Payload = request.Payload });
    }

    private static async Task ServerStreamAsync(StreamRequest request, IServerStreamWriter<EchoReply> responses, ServerCallContext context)
    {
        for (var i = 1; i <= request.Count; i++)
        {
            await responses.WriteAsync(new EchoReply { Message = $"{request.Message} #{i}", Index = i }, context.CancellationToken);
        }
    }

    private static async Task<EchoReply> ClientStreamAsync(IAsyncStreamReader<EchoRequest> requests, ServerCallContext context)
    {
        var received = new List<string>();
        while (await requests.MoveNext(context.CancellationToken)) received.Add(requests.Current.Message);
        return new EchoReply { Message = string.Join(",", received), Index = received.Count };
    }

    private static async Task BidiAsync(IAsyncStreamReader<EchoRequest> requests, IServerStreamWriter<EchoReply> responses, ServerCallContext context)
    {
        var index = 0;
        while (await requests.MoveNext(context.CancellationToken))
        {
            await responses.WriteAsync(new EchoReply { Message = requests.Current.Message, Index = ++index }, context.CancellationToken);
        }
    }

    private static Task<EchoReply> Fail(FailRequest request, ServerCallContext context)
    {
        var code = (StatusCode)request.Code;
        if (code == StatusCode.InvalidArgument)
        {
            throw RpcException.InvalidArgument(request.Message,
            [
                new BadRequest.Types.FieldViolation { Field = "report.year", Description = "年份必须在2008年之后" },
            ]);
        }
        if (code == StatusCode.Unknown) throw new InvalidOperationException("a handler bug: " + request.Message);
        throw new RpcException(new Status(code, request.Message));
    }

    private async Task<EchoReply> SleepAsync(SleepRequest request, ServerCallContext context)
    {
        Probe.CallStarted();
        try
        {
            await Task.Delay(request.Milliseconds, request.IgnoreCancellation ? CancellationToken.None : context.CancellationToken);
            return new EchoReply { Message = "slept" };
        }
        catch (OperationCanceledException)
        {
            Probe.SawCancellation(context.Deadline < DateTime.UtcNow);
            throw;
        }
    }

    private async Task WaitForCancelAsync(EchoRequest request, IServerStreamWriter<EchoReply> responses, ServerCallContext context)
    {
        Probe.CallStarted();
        await responses.WriteAsync(new EchoReply { Message = request.Message }, context.CancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            Probe.SawCancellation(deadlinePassed: false);
            throw;
        }
    }

    private static Task<EchoReply> Big(BigRequest request, ServerCallContext context) =>
        Task.FromResult(new EchoReply { Message = "big", Payload = ByteString.CopyFrom(new byte[request.Size]) });
}

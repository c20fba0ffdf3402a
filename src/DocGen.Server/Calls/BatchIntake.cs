using System.Buffers;
using System.IO.Pipelines;
using DocGen.Server.Configuration;
using Grpc.Core;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace DocGen.Server.Calls;

/// <summary>
/// Takes in a RenderBatch call's request messages before grpc-dotnet does, one at a time: each
/// message's declared length is reserved from the <see cref="RequestBytesBudget"/> (<see cref="BatchHold"/>)
/// before any of it is read, and the stream waits without reading while the budget is spent, so
/// HTTP/2 flow control holds its client back (a batch is never refused nor loses an item for it).
/// Once begun, a message must arrive whole within Grpc:ReceiveTimeoutSeconds, else the call ends
/// DEADLINE_EXCEEDED after the requests already read have their results. grpc-dotnet reads the
/// messages from a pipe that takes one message at a time, so a stream holds at most the batch
/// window plus one message, all inside the budget.
/// </summary>
internal sealed class BatchIntake(RequestDelegate next, RequestBytesBudget budget, RequestOwners owners, IOptions<GrpcLimitsOptions> options)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || RequestOwners.MethodOf(http) is not { } method || !IntakeCoverage.Batch(method))
        {
            await next(http);
            return;
        }
        if (!owners.TryIdentify(http, method, out var owner, out var refusal))
        {
            await UnaryIntake.RefuseAsync(http, StatusCode.Unauthenticated, refusal);
            return;
        }
        var body = http.Request.BodyReader;
        var hold = new BatchHold(budget, owner);
        // The writer waits at every flush until grpc-dotnet has taken the whole message.
        var messages = new Pipe(new PipeOptions(pauseWriterThreshold: 1, resumeWriterThreshold: 1, useSynchronizationContext: false));
        http.Features.Set<IRequestBodyPipeFeature>(new PipedBody(messages.Reader));
        http.Features.Set(hold);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var pump = PumpAsync(body, messages.Writer, hold, options.Value, stop.Token);
        try
        {
            await next(http);
        }
        finally
        {
            await stop.CancelAsync();
            await pump;
            hold.ReleaseAll();
        }
    }

    private static async Task PumpAsync(PipeReader body, PipeWriter messages, BatchHold hold, GrpcLimitsOptions limits, CancellationToken stop)
    {
        Exception? failure = null;
        try
        {
            while (true)
            {
                var read = await body.ReadAtLeastAsync(GrpcMessagePrefix.Bytes, stop); // between messages a client may take its time
                var buffer = read.Buffer;
                if (buffer.Length < GrpcMessagePrefix.Bytes)
                {
                    // The input ended, perhaps inside a prefix: grpc-dotnet answers a partial one.
                    Write(messages, buffer);
                    body.AdvanceTo(buffer.End);
                    break;
                }
                var declared = GrpcMessagePrefix.DeclaredLength(buffer);
                if (declared > limits.MaxReceiveMessageBytes)
                {
                    // grpc-dotnet refuses it from the prefix (RESOURCE_EXHAUSTED); nothing more is read.
                    Write(messages, buffer.Slice(0, GrpcMessagePrefix.Bytes));
                    body.AdvanceTo(buffer.GetPosition(GrpcMessagePrefix.Bytes));
                    await messages.FlushAsync(stop);
                    await Task.Delay(Timeout.Infinite, stop);
                }
                var size = GrpcMessagePrefix.Bytes + declared;
                await hold.ReserveAsync(size, stop); // while waiting nothing is read: the client stalls
                if (!await CopyMessageAsync(body, read, messages, size, limits.ReceiveTimeoutSeconds, stop)) break;
                await messages.FlushAsync(stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            failure = new OperationCanceledException(stop);
        }
        catch (RpcException e)
        {
            failure = e;
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException)
        {
            failure = e; // the client's stream broke: grpc-dotnet's read fails with it
        }
        await messages.CompleteAsync(failure);
    }

    /// <summary>Copies one message as it arrives (flow control opens only for consumed data); false when the input ended inside it.</summary>
    private static async Task<bool> CopyMessageAsync(PipeReader body, ReadResult read, PipeWriter messages, long size, int timeoutSeconds, CancellationToken stop)
    {
        using var receive = CancellationTokenSource.CreateLinkedTokenSource(stop);
        receive.CancelAfter(TimeSpan.FromSeconds(timeoutSeconds));
        var remaining = size;
        try
        {
            while (true)
            {
                var buffer = read.Buffer;
                var take = Math.Min(buffer.Length, remaining);
                Write(messages, buffer.Slice(0, take));
                remaining -= take;
                body.AdvanceTo(buffer.GetPosition(take));
                if (remaining == 0) return true;
                if (read.IsCompleted) return false;
                read = await body.ReadAsync(receive.Token);
            }
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            throw new RpcException(new Status(StatusCode.DeadlineExceeded,
                $"a RenderBatch message did not arrive whole within {timeoutSeconds} s of its start; the requests before it have their results"));
        }
    }

    private static void Write(PipeWriter messages, ReadOnlySequence<byte> bytes)
    {
        foreach (var segment in bytes) messages.Write(segment.Span);
    }

    private sealed class PipedBody(PipeReader reader) : IRequestBodyPipeFeature
    {
        public PipeReader Reader => reader;
    }
}

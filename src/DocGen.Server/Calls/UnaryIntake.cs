using System.Buffers;
using System.IO.Pipelines;
using DocGen.Server.Configuration;
using Grpc.Core;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace DocGen.Server.Calls;

/// <summary>
/// Takes in every unary call's request before grpc-dotnet does (the call is the gRPC method routing
/// matched, from its endpoint metadata, so no spelling of a path slips past), to bound what clients
/// can make the server hold: the caller's key is checked from the headers (UNAUTHENTICATED before a
/// byte of the body is read), then the message's declared length is reserved from the
/// <see cref="RequestBytesBudget"/> before any of it is buffered (RESOURCE_EXHAUSTED when the
/// server's budget, the connection's or the caller's share is spent), and the whole message must arrive within
/// Grpc:ReceiveTimeoutSeconds (DEADLINE_EXCEEDED otherwise), so an unfinished request neither stays open nor holds memory.
/// The reservation lasts until the call ends, covering the time it waits for a render slot.
/// </summary>
internal sealed class UnaryIntake(RequestDelegate next, RequestBytesBudget budget, RequestOwners owners, IOptions<GrpcLimitsOptions> options)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || RequestOwners.MethodOf(http) is not { } method || !IntakeCoverage.Unary(method))
        {
            await next(http);
            return;
        }
        if (!owners.TryIdentify(http, method, out var owner, out var refusal))
        {
            await RefuseAsync(http, StatusCode.Unauthenticated, refusal);
            return;
        }
        var limits = options.Value;
        using var receive = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        receive.CancelAfter(TimeSpan.FromSeconds(limits.ReceiveTimeoutSeconds));
        var reader = http.Request.BodyReader;
        ReadResult read;
        try
        {
            read = await reader.ReadAtLeastAsync(GrpcMessagePrefix.Bytes, receive.Token);
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            await RefuseAsync(http, StatusCode.DeadlineExceeded, $"the request did not arrive within {limits.ReceiveTimeoutSeconds} s");
            return;
        }
        if (read.Buffer.Length < GrpcMessagePrefix.Bytes)
        {
            reader.AdvanceTo(read.Buffer.Start); // no message: grpc-dotnet answers that
            await next(http);
            return;
        }
        var declared = GrpcMessagePrefix.DeclaredLength(read.Buffer);
        if (declared > limits.MaxReceiveMessageBytes)
        {
            reader.AdvanceTo(read.Buffer.Start); // grpc-dotnet refuses it from the prefix, unread
            await next(http);
            return;
        }
        var reserved = GrpcMessagePrefix.Bytes + declared;
        if (!budget.TryReserve(owner, reserved))
        {
            reader.AdvanceTo(read.Buffer.Start);
            await RefuseAsync(http, StatusCode.ResourceExhausted, "the server holds as many request bytes as it takes, from this connection, this caller or in all; retry with backoff");
            return;
        }
        try
        {
            // Consumed as it arrives (HTTP/2 flow control opens only for consumed data), into one
            // buffer of the declared size; grpc-dotnet then reads the message from it.
            var message = new byte[reserved];
            var filled = 0;
            try
            {
                while (true)
                {
                    var buffer = read.Buffer;
                    var take = (int)Math.Min(buffer.Length, reserved - filled);
                    buffer.Slice(0, take).CopyTo(message.AsSpan(filled));
                    filled += take;
                    reader.AdvanceTo(buffer.GetPosition(take));
                    if (filled == reserved || read.IsCompleted) break;
                    read = await reader.ReadAsync(receive.Token);
                }
            }
            catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
            {
                await RefuseAsync(http, StatusCode.DeadlineExceeded, $"the request did not arrive within {limits.ReceiveTimeoutSeconds} s");
                return;
            }
            // grpc-dotnet reads the body pipe, which does not follow a replaced Request.Body.
            http.Request.Body = new MemoryStream(message, 0, filled, writable: false);
            http.Features.Set<IRequestBodyPipeFeature>(new BufferedBody(PipeReader.Create(new ReadOnlySequence<byte>(message, 0, filled))));
            await next(http);
        }
        finally
        {
            budget.Release(owner, reserved);
        }
    }

    private sealed class BufferedBody(PipeReader reader) : IRequestBodyPipeFeature
    {
        public PipeReader Reader => reader;
    }

    /// <summary>A trailers-only gRPC answer, sent before any handler ran.</summary>
    internal static async Task RefuseAsync(HttpContext http, StatusCode status, string message)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/grpc";
        http.Response.Headers["grpc-status"] = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers["grpc-message"] = GrpcMessageHeader.Encode(message);
        await http.Response.CompleteAsync();
    }
}

using DocGen.Grpc.Internal;
using Google.Protobuf;

namespace DocGen.Grpc.CallHandlers;

/// <summary>The one request message of a unary or server-streaming call: exactly one, no more.</summary>
internal static class SingleRequest
{
    public static async ValueTask<T> ReadAsync<T>(HttpServerCall call, MessageParser<T> parser)
        where T : class, IMessage<T>
    {
        var request = await call.ReadMessageAsync(parser, call.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.Internal, "The request carried no message."));
        if (await call.ReadMessageAsync(parser, call.CancellationToken) is not null)
            throw new RpcException(new Status(StatusCode.Internal, "Additional data after the request message."));
        return request;
    }
}

using Grpc.Core;
using Grpc.Core.Interceptors;

namespace DocGen.Server.Calls;

/// <summary>
/// Responses are gzip-compressed only for a caller that compressed its request. Most of a
/// response is an already-compressed PDF: gzipping it again for every client that merely accepts
/// gzip (grpc-dotnet's ResponseCompressionAlgorithm alone) costs CPU and saves nothing.
/// </summary>
internal sealed class CompressionPolicyInterceptor : BeforeCallInterceptor
{
    private static readonly WriteOptions Uncompressed = new(WriteFlags.NoCompress);

    protected override void BeforeCall(ServerCallContext context) => Apply(context);

    private static void Apply(ServerCallContext context)
    {
        var requestEncoding = context.GetHttpContext().Request.Headers["grpc-encoding"].ToString();
        if (!string.Equals(requestEncoding, "gzip", StringComparison.OrdinalIgnoreCase)) context.WriteOptions = Uncompressed;
    }
}

using Microsoft.AspNetCore.Http;

namespace DocGen.Grpc.Internal;

/// <summary>What a request must be before it is treated as a gRPC call: HTTP/2 and a gRPC content type.</summary>
internal static class ProtocolChecks
{
    /// <summary>
    /// False after writing the rejection: 426 for HTTP/1.x, 415 for another content type, each
    /// with grpc-status INTERNAL so a gRPC client still reads a status (as the spec asks).
    /// </summary>
    public static bool Accept(HttpContext http, out string rejection)
    {
        var request = http.Request;
        if (!HttpProtocol.IsHttp2(request.Protocol) && !HttpProtocol.IsHttp3(request.Protocol))
        {
            rejection = $"Request protocol '{request.Protocol}' is not supported.";
            Reject(http, StatusCodes.Status426UpgradeRequired, rejection);
            return false;
        }
        if (!GrpcProtocol.IsSupportedContentType(request.ContentType))
        {
            rejection = $"Content-Type '{request.ContentType}' is not supported.";
            Reject(http, StatusCodes.Status415UnsupportedMediaType, rejection);
            return false;
        }
        rejection = "";
        return true;
    }

    private static void Reject(HttpContext http, int httpStatus, string message)
    {
        var response = http.Response;
        response.StatusCode = httpStatus;
        if (httpStatus == StatusCodes.Status426UpgradeRequired) response.Headers.Upgrade = "h2c";
        response.Headers[GrpcProtocol.StatusTrailer] = "13"; // INTERNAL
        response.Headers[GrpcProtocol.MessageTrailer] = PercentEncoding.Encode(message);
    }
}

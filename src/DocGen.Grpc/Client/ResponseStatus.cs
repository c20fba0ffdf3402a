using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using DocGen.Grpc.Internal;

namespace DocGen.Grpc.Client;

/// <summary>Reading a call's status from HTTP: the grpc-status headers, or the HTTP status when there is none.</summary>
internal static class ResponseStatus
{
    /// <summary>The status carried by headers (trailers-only or HTTP error), or null when messages follow.</summary>
    public static RpcException? FromHeaders(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var fromHeaders = FromTrailers(response.Headers, response.Content.Headers);
            return fromHeaders is { StatusCode: not StatusCode.OK }
                ? fromHeaders
                : new RpcException(new Status(FromHttpStatus(response.StatusCode), $"Bad gRPC response. HTTP status code: {(int)response.StatusCode}"));
        }
        return response.Headers.Contains(GrpcProtocol.StatusTrailer)
            ? FromTrailers(response.Headers, response.Content.Headers)
            : null;
    }

    /// <summary>True when the block says grpc-status 0; reads it without copying the headers.</summary>
    public static bool IsOk(HttpHeaders trailers) =>
        trailers.NonValidated.TryGetValues(GrpcProtocol.StatusTrailer, out var values)
        && values.Count == 1 && values.ToString() == "0";

    public static readonly IReadOnlyDictionary<string, string> NoMetadata = new Dictionary<string, string>();

    /// <summary>The status in a trailer block, as an exception (its StatusCode may be OK).</summary>
    public static RpcException FromTrailers(HttpHeaders trailers, HttpHeaders? alsoFrom = null)
    {
        var values = ToDictionary(trailers);
        if (alsoFrom is not null)
        {
            foreach (var (name, value) in ToDictionary(alsoFrom)) values[name] = value;
        }
        if (!values.TryGetValue(GrpcProtocol.StatusTrailer, out var code)
            || !int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return new RpcException(new Status(StatusCode.Internal, "No grpc-status found on the response."), trailers: values);

        var message = values.TryGetValue(GrpcProtocol.MessageTrailer, out var encoded) ? PercentEncoding.Decode(encoded) : "";
        Google.Rpc.Status? rich = null;
        if (values.TryGetValue(GrpcProtocol.StatusDetailsTrailer, out var details))
            rich = Google.Rpc.Status.Parser.ParseFrom(DecodeBase64(details));
        return new RpcException(new Status((StatusCode)number, message), rich, values);
    }

    public static Dictionary<string, string> ToDictionary(HttpHeaders headers)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers.NonValidated) values[header.Key] = header.Value.ToString();
        return values;
    }

    // Binary headers may arrive without padding, which Convert does not accept.
    private static byte[] DecodeBase64(string value) =>
        Convert.FromBase64String(value.PadRight(value.Length + (4 - value.Length % 4) % 4, '='));

    // As in the spec's table "HTTP to gRPC Status Code Mapping".
    private static StatusCode FromHttpStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => StatusCode.Internal,
        HttpStatusCode.Unauthorized => StatusCode.Unauthenticated,
        HttpStatusCode.Forbidden => StatusCode.PermissionDenied,
        HttpStatusCode.NotFound => StatusCode.Unimplemented,
        HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };
}

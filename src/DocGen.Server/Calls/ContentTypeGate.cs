namespace DocGen.Server.Calls;

/// <summary>
/// Refuses gRPC content types whose message format is not protobuf (application/grpc+json,
/// application/grpc-web+json …) with 415, as the gRPC spec allows: grpc-dotnet would accept
/// them and parse JSON as protobuf. Anything else not gRPC, grpc-dotnet refuses itself.
/// </summary>
internal sealed class ContentTypeGate(RequestDelegate next)
{
    private static readonly string[] GrpcPrefixes = ["application/grpc-web-text+", "application/grpc-web+", "application/grpc+"];

    public Task InvokeAsync(HttpContext http)
    {
        if (NonProtoSubtype(http.Request.ContentType) is not { } contentType) return next(http);
        http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        http.Response.Headers["grpc-status"] = "13"; // INTERNAL, so a gRPC client still reads a status
        http.Response.Headers["grpc-message"] = GrpcMessageHeader.Encode($"Content-Type '{contentType}' is not supported.");
        return Task.CompletedTask;
    }

    private static string? NonProtoSubtype(string? contentType)
    {
        if (contentType is null) return null;
        var mediaType = contentType.Split(';', 2)[0].Trim();
        foreach (var prefix in GrpcPrefixes)
        {
            if (!mediaType.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            return mediaType[prefix.Length..].Equals("proto", StringComparison.OrdinalIgnoreCase) ? null : contentType;
        }
        return null;
    }
}

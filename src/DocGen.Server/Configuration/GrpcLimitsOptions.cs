namespace DocGen.Server.Configuration;

/// <summary>The "Grpc" section: message size limits, mapped onto grpc-dotnet's service options.</summary>
public sealed class GrpcLimitsOptions
{
    public const string Section = "Grpc";

    /// <summary>
    /// Largest request message, after decompression: sized to the request limits (the largest
    /// accepted report is under 3 MB), so a waiting call cannot hold more.
    /// </summary>
    public int MaxReceiveMessageBytes { get; set; } = DocGen.Api.RequestLimits.MessageBytes;

    /// <summary>Largest response message (a long report's PDF).</summary>
    public int MaxSendMessageBytes { get; set; } = 64 * 1024 * 1024;
}

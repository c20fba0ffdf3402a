namespace DocGen.Server.Configuration;

/// <summary>The "Grpc" section: message size limits, mapped onto grpc-dotnet's service options.</summary>
public sealed class GrpcLimitsOptions
{
    public const string Section = "Grpc";

    /// <summary>Largest request message, after decompression; grpc-dotnet's own default (4 MB) is too small for long reports.</summary>
    public int MaxReceiveMessageBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Largest response message (a long report's PDF).</summary>
    public int MaxSendMessageBytes { get; set; } = 64 * 1024 * 1024;
}

using Google.Protobuf;
using DocGen.Protos.V1;

namespace DocGen.Contracts;

/// <summary>Reads and writes contract messages as protobuf JSON (the fixtures' and the CLI's format).</summary>
public static class RequestJson
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    public static RenderRequest ParseRenderRequest(string json) => Parser.Parse<RenderRequest>(json);

    public static Site ParseSite(string json) => Parser.Parse<Site>(json);

    public static string Format(IMessage message) => JsonFormatter.Default.Format(message);
}

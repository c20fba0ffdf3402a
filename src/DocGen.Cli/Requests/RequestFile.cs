using DocGen.Contracts;
using DocGen.Protos.V1;
using Google.Protobuf;

namespace DocGen.Cli.Requests;

/// <summary>A RenderRequest read from a JSON file; a bad one is refused naming the file and the field.</summary>
public static class RequestFile
{
    public static async Task<RenderRequest> ReadAsync(string file, CancellationToken ct)
    {
        string json;
        try
        {
            json = await File.ReadAllTextAsync(file, ct);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliUsageException($"{file}: no such file");
        }
        return Parse(json, file);
    }

    /// <summary>Parses <paramref name="json"/>; <paramref name="where"/> (a file, or file:line) leads the message of a bad one.</summary>
    public static RenderRequest Parse(string json, string where)
    {
        try
        {
            return RequestJson.ParseRenderRequest(json);
        }
        catch (Exception e) when (e is InvalidJsonException or InvalidProtocolBufferException or FormatException)
        {
            throw new RequestFileException(Describe(json, where, e));
        }
    }

    public static string Describe(string json, string where, Exception e) =>
        JsonFieldLocator.Locate(json, RenderRequest.Descriptor) is { } found
            ? found.Path.Length == 0 ? $"{where}: {found.Problem}" : $"{where}: {found.Path}: {found.Problem}"
            : $"{where}: {e.Message}";
}

/// <summary>A request file that is not a RenderRequest; the message names the file and, when it can, the field.</summary>
public sealed class RequestFileException(string message) : Exception(message);

using DocGen.Cli.Requests;
using DocGen.Contracts;
using Google.Protobuf;

namespace DocGen.Cli.Batch;

/// <summary>
/// Reads batch input lazily, one request at a time: a folder of <c>*.json</c> RenderRequest files
/// (sorted by name), or a JSON-lines file with one request per line. A request without a
/// request_id gets one from its file name or line number, so every result can be matched.
/// </summary>
public static class RequestSource
{
    public static IEnumerable<BatchItem> Read(string path)
    {
        if (Directory.Exists(path))
            return Directory.EnumerateFiles(path, "*.json", SearchOption.TopDirectoryOnly)
                .Order(StringComparer.Ordinal)
                .Select(ReadFile);
        if (File.Exists(path))
            return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? [ReadFile(path)] : ReadLines(path);
        throw new CliUsageException($"no such file or folder: {path}");
    }

    /// <summary>How many items <see cref="Read"/> will yield, for the progress bar's ETA.</summary>
    public static int Count(string path) =>
        Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.json").Count()
        : path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? 1
        : File.ReadLines(path).Count(l => !string.IsNullOrWhiteSpace(l));

    private static BatchItem ReadFile(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        try
        {
            return Parsed(name, RequestFile.Parse(File.ReadAllText(file), file));
        }
        catch (RequestFileException e)
        {
            return new BatchItem(name, null, e.Message);
        }
        catch (IOException e)
        {
            return new BatchItem(name, null, $"{file}: {e.Message}");
        }
    }

    private static IEnumerable<BatchItem> ReadLines(string file)
    {
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var name = $"{Path.GetFileNameWithoutExtension(file)}-line{number}";
            BatchItem item;
            try
            {
                item = Parsed(name, RequestFile.Parse(line, $"{file}:{number}"));
            }
            catch (RequestFileException e)
            {
                item = new BatchItem(name, null, e.Message);
            }
            yield return item;
        }
    }

    private static BatchItem Parsed(string name, Protos.V1.RenderRequest request)
    {
        if (string.IsNullOrEmpty(request.RequestId)) request.RequestId = name;
        return new BatchItem(name, request, null);
    }
}

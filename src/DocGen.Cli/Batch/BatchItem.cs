using DocGen.Protos.V1;

namespace DocGen.Cli.Batch;

/// <summary>
/// One request of a batch as read from disk: where it came from, and either the parsed request
/// or why it could not be read. An unreadable item is reported as failed, never dropped.
/// </summary>
public sealed record BatchItem(string Source, RenderRequest? Request, string? ReadError)
{
    public string RequestId => Request?.RequestId ?? Source;
}

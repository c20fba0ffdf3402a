using System.Net;

namespace DocGen.Grpc.Client;

/// <summary>
/// A request body written while the call runs: HttpClient hands over the HTTP/2 stream, the
/// call writes frames into it, and the body ends (END_STREAM) when the call completes it.
/// </summary>
internal sealed class StreamingRequestContent : HttpContent
{
    private readonly TaskCompletionSource<Stream> _stream = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public StreamingRequestContent() => CallScope.SetContentType(this);

    public Task<Stream> Stream => _stream.Task;

    public void Complete() => _completed.TrySetResult();

    public void Abort(Exception reason)
    {
        _stream.TrySetException(reason);
        _completed.TrySetException(reason);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        _stream.TrySetResult(stream);
        await _completed.Task;
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}

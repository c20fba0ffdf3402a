using Google.Protobuf;

namespace DocGen.Grpc.Client;

/// <summary>
/// A running streaming call: write requests to <see cref="RequestStream"/>, read responses from
/// <see cref="ResponseStream"/>. When the response stream ends, the status is known; a non-OK
/// status is thrown from MoveNext as <see cref="RpcException"/>. Dispose cancels a call still running.
/// </summary>
public sealed class DuplexStreamingCall<TRequest, TResponse> : IClientStreamWriter<TRequest>, IAsyncStreamReader<TResponse>, IDisposable
    where TRequest : IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    private readonly CallScope _scope;
    private readonly StreamingRequestContent _content;
    private readonly HttpRequestMessage _request;
    private readonly Task<HttpResponseMessage> _send;
    private readonly MessageParser<TResponse> _parser;
    private readonly bool _compressRequest;
    private readonly int? _maxReceiveMessageSize;
    private Stream? _body;
    private bool _gzipResponse;
    private TResponse? _current;
    private RpcException? _status;

    internal DuplexStreamingCall(CallScope scope, StreamingRequestContent content, HttpRequestMessage request,
        Task<HttpResponseMessage> send, MessageParser<TResponse> parser, bool compressRequest, int? maxReceiveMessageSize)
    {
        _scope = scope;
        _content = content;
        _request = request;
        _send = send;
        _parser = parser;
        _compressRequest = compressRequest;
        _maxReceiveMessageSize = maxReceiveMessageSize;
        // A call that fails before HttpClient asks for the request body (no connection, say) would
        // leave writers waiting for a stream that never comes: fail them with the send's error.
        send.ContinueWith(static (t, state) => ((StreamingRequestContent)state!).Abort(t.Exception!.InnerException ?? t.Exception),
            content, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    public IClientStreamWriter<TRequest> RequestStream => this;
    public IAsyncStreamReader<TResponse> ResponseStream => this;

    /// <summary>The final status; only once the response stream has ended.</summary>
    public Status GetStatus() => (_status ?? throw new InvalidOperationException("The call has not finished.")).Status;

    public IReadOnlyDictionary<string, string> GetTrailers() =>
        (_status ?? throw new InvalidOperationException("The call has not finished.")).Trailers;

    TResponse IAsyncStreamReader<TResponse>.Current =>
        _current ?? throw new InvalidOperationException("Call MoveNext before reading Current.");

    async Task IClientStreamWriter<TRequest>.WriteAsync(TRequest message, CancellationToken cancellationToken)
    {
        var frame = MessageFrames.Frame(message, _compressRequest);
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _scope.Token);
            var stream = await _content.Stream.WaitAsync(linked.Token);
            await stream.WriteAsync(frame, cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            // The server may have answered (say, RESOURCE_EXHAUSTED) and reset the stream: its
            // status is why the write failed. The response can trail the reset by a moment.
            if (await EndedByServerAsync() is { } status) throw status;
            if (_scope.Translate(ex) is { } translated) throw translated;
            throw;
        }
    }

    private async Task<RpcException?> EndedByServerAsync()
    {
        await ((Task)_send).WaitAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return _send.IsCompletedSuccessfully ? ResponseStatus.FromHeaders(_send.Result) : null;
    }

    Task IClientStreamWriter<TRequest>.CompleteAsync()
    {
        _content.Complete();
        return Task.CompletedTask;
    }

    async Task<bool> IAsyncStreamReader<TResponse>.MoveNext(CancellationToken cancellationToken)
    {
        if (_status is not null) return _status.StatusCode == StatusCode.OK ? false : throw _status;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _scope.Token);
        try
        {
            var response = await _send.WaitAsync(linked.Token);
            if (_body is null)
            {
                if (ResponseStatus.FromHeaders(response) is { } early) return Finish(early);
                _gzipResponse = response.Headers.NonValidated.TryGetValues("grpc-encoding", out var encoding)
                    && encoding.ToString() == "gzip";
                _body = await response.Content.ReadAsStreamAsync(linked.Token);
            }

            _current = await MessageStreamReader.ReadAsync(_body, _parser, _gzipResponse, _maxReceiveMessageSize, linked.Token);
            if (_current is not null) return true;
            return Finish(ResponseStatus.FromTrailers(response.TrailingHeaders));
        }
        catch (RpcException local) when (_status is null)
        {
            // Raised here rather than by the server (a reply over the receive limit): the call is over.
            return Finish(local);
        }
        catch (Exception ex) when (ex is not RpcException && _scope.Translate(ex) is { } translated)
        {
            return Finish(translated);
        }
    }

    private bool Finish(RpcException status)
    {
        _status = status;
        _content.Complete();
        if (status.StatusCode == StatusCode.OK) return false;
        // A failed call releases its HTTP/2 stream at once; if it is still open, that resets it
        // (RST_STREAM), which is how the server learns of a client-side cancel or deadline.
        ReleaseResponse();
        throw status;
    }

    private void ReleaseResponse()
    {
        _body?.Dispose();
        if (_send.IsCompletedSuccessfully) _send.Result.Dispose();
    }

    public void Dispose()
    {
        if (_status is null) _scope.Cancel();
        _content.Abort(new OperationCanceledException("The call was disposed."));
        ReleaseResponse();
        _request.Dispose();
        _scope.Dispose();
    }
}

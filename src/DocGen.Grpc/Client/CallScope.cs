using DocGen.Grpc.Internal;

namespace DocGen.Grpc.Client;

/// <summary>
/// The lifetime of one client call: a token that fires on the caller's cancel or the deadline,
/// and the translation of what then surfaces (cancellation, HTTP errors) into a gRPC status.
/// </summary>
internal sealed class CallScope : IDisposable
{
    private readonly CancellationToken _callerToken;
    private readonly CancellationTokenSource? _source;
    private readonly CancellationTokenSource? _deadlineSource;

    public CallScope(CallOptions options)
    {
        _callerToken = options.CancellationToken;
        if (options.Deadline is { } deadline)
        {
            var remaining = deadline.ToUniversalTime() - DateTime.UtcNow;
            Timeout = remaining < TimeSpan.Zero ? TimeSpan.Zero : remaining;
            _deadlineSource = new CancellationTokenSource(Timeout.Value);
            _source = CancellationTokenSource.CreateLinkedTokenSource(_callerToken, _deadlineSource.Token);
        }
        else if (_callerToken.CanBeCanceled)
        {
            _source = CancellationTokenSource.CreateLinkedTokenSource(_callerToken);
        }
    }

    public TimeSpan? Timeout { get; }
    public CancellationToken Token => _source?.Token ?? CancellationToken.None;

    /// <summary>Ends the call from the client side: HttpClient then resets the stream (RST_STREAM).</summary>
    public void Cancel() => _source?.Cancel();

    public static void AddHeaders(HttpRequestMessage request, CallOptions options, TimeSpan? timeout)
    {
        var headers = request.Headers;
        headers.TryAddWithoutValidation("TE", "trailers");
        headers.TryAddWithoutValidation(GrpcProtocol.AcceptEncodingHeader, GrpcProtocol.SupportedEncodings);
        if (options.CompressRequest) headers.TryAddWithoutValidation(GrpcProtocol.EncodingHeader, GrpcProtocol.GzipEncoding);
        if (timeout is { } value) headers.TryAddWithoutValidation(GrpcProtocol.TimeoutHeader, GrpcTimeout.Format(value));
        if (options.Headers is not null)
        {
            foreach (var (name, value2) in options.Headers) headers.TryAddWithoutValidation(name, value2);
        }
    }

    // Added unparsed: a MediaTypeHeaderValue per call shows up in the transport benchmark.
    public static void SetContentType(HttpContent content) =>
        content.Headers.TryAddWithoutValidation("Content-Type", GrpcProtocol.ContentType);

    /// <summary>The status a failure stands for, when it is the transport's doing rather than the server's answer.</summary>
    public RpcException? Translate(Exception exception) => exception switch
    {
        RpcException rpc => rpc,
        OperationCanceledException or IOException or HttpRequestException when _deadlineSource?.IsCancellationRequested == true
            => new RpcException(new Status(StatusCode.DeadlineExceeded, "Deadline exceeded.")),
        OperationCanceledException or IOException or HttpRequestException when _callerToken.IsCancellationRequested
            => new RpcException(new Status(StatusCode.Cancelled, "Call canceled by the client.")),
        HttpRequestException http => new RpcException(new Status(StatusCode.Unavailable, "Error connecting: " + http.Message)),
        IOException io => new RpcException(new Status(StatusCode.Unavailable, "Error reading the response: " + io.Message)),
        _ => null,
    };

    public void Dispose()
    {
        _source?.Dispose();
        _deadlineSource?.Dispose();
    }
}

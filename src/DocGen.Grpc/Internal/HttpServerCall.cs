using System.Buffers;
using System.Globalization;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace DocGen.Grpc.Internal;

/// <summary>
/// One call on one HTTP/2 stream: reads request frames, writes response frames, and ends the
/// stream with a status. It is also the <see cref="ServerCallContext"/> handlers see.
/// </summary>
internal sealed class HttpServerCall : ServerCallContext, IDisposable
{
    private static readonly string[] StatusCodeStrings =
        Enumerable.Range(0, 17).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    private readonly HttpContext _http;
    private readonly GrpcTransportOptions _options;
    private CancellationTokenSource? _deadlineSource;
    private CancellationTokenSource? _callSource;

    // Only with a deadline: then the deadline may complete the call while a handler writes.
    private SemaphoreSlim? _writeGate;
    private bool _requestCompressed;
    private bool _responseCompressed;
    private bool _messageWritten;
    private bool _completed;
    private Dictionary<string, string>? _responseTrailers;
    private DateTime _deadline = DateTime.MaxValue;

    public HttpServerCall(HttpContext http, string method, GrpcTransportOptions options, CancellationToken serverStopping)
    {
        _http = http;
        _options = options;
        Method = method;
        ServerStopping = serverStopping;
    }

    public override string Method { get; }
    public override CancellationToken ServerStopping { get; }
    public override DateTime Deadline => _deadline;
    public override CancellationToken CancellationToken => _callSource?.Token ?? _http.RequestAborted;
    public override IHeaderDictionary RequestHeaders => _http.Request.Headers;
    public override IDictionary<string, string> ResponseTrailers => _responseTrailers ??= new(StringComparer.OrdinalIgnoreCase);

    public override string Peer
    {
        get
        {
            var connection = _http.Connection;
            return connection.RemoteIpAddress switch
            {
                null => "unknown",
                { AddressFamily: System.Net.Sockets.AddressFamily.InterNetworkV6 } ip => $"ipv6:[{ip}]:{connection.RemotePort}",
                var ip => $"ipv4:{ip}:{connection.RemotePort}",
            };
        }
    }

    public long BytesReceived { get; private set; }
    public long BytesSent { get; private set; }

    /// <summary>Completes (as cancelled) when the grpc-timeout passes; null without a timeout.</summary>
    public Task? DeadlinePassed { get; private set; }

    public bool DeadlineReached => _deadlineSource?.IsCancellationRequested == true;
    public bool ClientCancelled => _http.RequestAborted.IsCancellationRequested;

    /// <summary>Reads the call's headers: encodings and deadline. Throws an RpcException for what it cannot serve.</summary>
    public void Start()
    {
        var request = _http.Request.Headers;
        var response = _http.Response.Headers;
        response.ContentType = GrpcProtocol.ContentType;
        response[GrpcProtocol.AcceptEncodingHeader] = GrpcProtocol.SupportedEncodings;

        string? encoding = request[GrpcProtocol.EncodingHeader];
        _requestCompressed = encoding switch
        {
            null or "" or GrpcProtocol.IdentityEncoding => false,
            GrpcProtocol.GzipEncoding => true,
            _ => throw new RpcException(new Status(StatusCode.Unimplemented,
                $"Unsupported grpc-encoding value '{encoding}'. Supported encodings: {GrpcProtocol.SupportedEncodings}")),
        };

        var clientAcceptsGzip = GrpcProtocol.ListContains(request[GrpcProtocol.AcceptEncodingHeader], GrpcProtocol.GzipEncoding);
        _responseCompressed = clientAcceptsGzip && (_requestCompressed || _options.CompressResponses);
        if (_responseCompressed) response[GrpcProtocol.EncodingHeader] = GrpcProtocol.GzipEncoding;

        // A malformed grpc-timeout is ignored rather than refused, as other servers do.
        if (GrpcTimeout.TryParse(request[GrpcProtocol.TimeoutHeader], out var timeout))
        {
            StartDeadline(timeout);
        }
    }

    private void StartDeadline(TimeSpan timeout)
    {
        var capped = timeout > TimeSpan.FromMilliseconds(int.MaxValue) ? TimeSpan.FromMilliseconds(int.MaxValue) : timeout;
        _deadline = DateTime.UtcNow + capped;
        _deadlineSource = new CancellationTokenSource(capped);
        _callSource = CancellationTokenSource.CreateLinkedTokenSource(_http.RequestAborted, _deadlineSource.Token);
        _writeGate = new SemaphoreSlim(1, 1);
        DeadlinePassed = Task.Delay(Timeout.Infinite, _deadlineSource.Token);
    }

    /// <summary>The next request message, or null when the client has finished sending.</summary>
    public async ValueTask<T?> ReadMessageAsync<T>(MessageParser<T> parser, CancellationToken cancellationToken)
        where T : class, IMessage<T>
    {
        var reader = _http.Request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;

            if (GrpcFrame.TryReadHeader(buffer, out _, out var length) && length > _options.MaxReceiveMessageSize)
            {
                reader.AdvanceTo(buffer.Start);
                throw new RpcException(new Status(StatusCode.ResourceExhausted,
                    $"Received message exceeds the maximum configured message size of {_options.MaxReceiveMessageSize} bytes."));
            }

            if (GrpcFrame.TryReadMessage(buffer, out var compressed, out var payload, out var consumed))
            {
                try
                {
                    BytesReceived += GrpcFrame.HeaderSize + payload.Length;
                    return Parse(parser, compressed, payload);
                }
                finally
                {
                    reader.AdvanceTo(consumed);
                }
            }

            if (result.IsCompleted)
            {
                reader.AdvanceTo(buffer.End);
                if (buffer.Length == 0) return null;
                throw new RpcException(new Status(StatusCode.Internal, "Incomplete message: the request ended inside a message."));
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private T Parse<T>(MessageParser<T> parser, bool compressed, in ReadOnlySequence<byte> payload)
        where T : IMessage<T>
    {
        try
        {
            if (!compressed) return parser.ParseFrom(payload);
            if (!_requestCompressed)
                throw new RpcException(new Status(StatusCode.Internal,
                    "Request sent a compressed message without a grpc-encoding header."));
            var inflated = GzipMessageCompression.Decompress(payload, _options.MaxReceiveMessageSize);
            return parser.ParseFrom(inflated);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new RpcException(new Status(StatusCode.Internal, "Error parsing the request message: " + ex.Message));
        }
    }

    /// <summary>Writes one response message; streaming calls flush it at once, unary ones let the status flush it.</summary>
    public async ValueTask WriteMessageAsync<T>(T message, bool flush, CancellationToken cancellationToken)
        where T : IMessage<T>
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_writeGate is not null) await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ThrowIfCompleted();
            WriteFrame(message);
            if (flush) await _http.Response.BodyWriter.FlushAsync(cancellationToken);
        }
        finally
        {
            _writeGate?.Release();
        }
    }

    private void ThrowIfCompleted()
    {
        if (!_completed) return;
        throw new RpcException(DeadlineReached
            ? new Status(StatusCode.DeadlineExceeded, "Deadline exceeded.")
            : new Status(StatusCode.Cancelled, "The call is already complete."));
    }

    private void WriteFrame<T>(T message) where T : IMessage<T>
    {
        var size = message.CalculateSize();
        if (size > _options.MaxSendMessageSize)
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"Sending message exceeds the maximum configured message size of {_options.MaxSendMessageSize} bytes."));

        var writer = _http.Response.BodyWriter;
        if (_responseCompressed)
        {
            var compressed = GzipMessageCompression.Compress(message.ToByteArray());
            GrpcFrame.WriteHeader(writer.GetSpan(GrpcFrame.HeaderSize), compressed: true, compressed.Length);
            writer.Advance(GrpcFrame.HeaderSize);
            writer.Write(compressed);
            BytesSent += GrpcFrame.HeaderSize + compressed.Length;
        }
        else
        {
            var span = writer.GetSpan(GrpcFrame.HeaderSize + size);
            GrpcFrame.WriteHeader(span, compressed: false, size);
            message.WriteTo(span.Slice(GrpcFrame.HeaderSize, size));
            writer.Advance(GrpcFrame.HeaderSize + size);
            BytesSent += GrpcFrame.HeaderSize + size;
        }
        _messageWritten = true;
    }

    /// <summary>
    /// Ends the call with a status: in the trailers after messages, or as a trailers-only
    /// response (status in the headers) when nothing was sent. Only the first status counts.
    /// </summary>
    public async ValueTask CompleteAsync(Status status, Google.Rpc.Status? richStatus)
    {
        if (_writeGate is not null) await _writeGate.WaitAsync();
        try
        {
            if (_completed) return;
            _completed = true;

            var response = _http.Response;
            var trailersOnly = !_messageWritten && !response.HasStarted;
            var target = trailersOnly ? response.Headers : _http.Features.GetRequiredFeature<IHttpResponseTrailersFeature>().Trailers;

            target[GrpcProtocol.StatusTrailer] = StatusCodeStrings[(int)status.StatusCode];
            if (!string.IsNullOrEmpty(status.Detail))
                target[GrpcProtocol.MessageTrailer] = PercentEncoding.Encode(status.Detail);
            if (richStatus is not null)
                target[GrpcProtocol.StatusDetailsTrailer] = Convert.ToBase64String(richStatus.ToByteArray()).TrimEnd('=');
            if (_responseTrailers is not null)
            {
                foreach (var (name, value) in _responseTrailers) target[name] = value;
            }
        }
        finally
        {
            _writeGate?.Release();
        }
    }

    public void Dispose()
    {
        _callSource?.Dispose();
        _deadlineSource?.Dispose();
        _writeGate?.Dispose();
    }
}

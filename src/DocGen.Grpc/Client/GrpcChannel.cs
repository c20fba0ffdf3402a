using System.Collections.Concurrent;
using System.Net;
using Google.Protobuf;

namespace DocGen.Grpc.Client;

/// <summary>
/// A small gRPC client over HttpClient's HTTP/2 (h2c for http:// addresses), for our own tools
/// and tests: unary and duplex calls, deadlines, cancellation, gzip; statuses and trailers
/// surface as <see cref="RpcException"/>.
/// </summary>
public sealed class GrpcChannel : IDisposable
{
    private readonly HttpMessageInvoker _invoker;
    private readonly Uri _address;
    private readonly ConcurrentDictionary<string, Uri> _uris = new(StringComparer.Ordinal);

    private GrpcChannel(Uri address, GrpcChannelOptions options)
    {
        _address = address;
        Options = options;
        _invoker = new HttpMessageInvoker(options.HttpHandler ?? new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        });
    }

    internal GrpcChannelOptions Options { get; }

    public static GrpcChannel ForAddress(string address, GrpcChannelOptions? options = null) =>
        new(new Uri(address, UriKind.Absolute), options ?? new GrpcChannelOptions());

    /// <summary>Calls a unary method and returns its response; throws <see cref="RpcException"/> on any other status.</summary>
    public async Task<TResponse> UnaryAsync<TRequest, TResponse>(string path, TRequest request,
        MessageParser<TResponse> responseParser, CallOptions options = default)
        where TRequest : IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        (await CallUnaryAsync(path, request, responseParser, options, withMetadata: false)).Message;

    /// <summary>As <see cref="UnaryAsync{TRequest,TResponse}"/>, also returning response headers and trailers.</summary>
    public Task<GrpcResponse<TResponse>> UnaryCallAsync<TRequest, TResponse>(string path, TRequest request,
        MessageParser<TResponse> responseParser, CallOptions options = default)
        where TRequest : IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        CallUnaryAsync(path, request, responseParser, options, withMetadata: true);

    // withMetadata: false spares the hot path copying headers and trailers nobody reads.
    private async Task<GrpcResponse<TResponse>> CallUnaryAsync<TRequest, TResponse>(string path, TRequest request,
        MessageParser<TResponse> responseParser, CallOptions options, bool withMetadata)
        where TRequest : IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        using var scope = new CallScope(options);
        using var content = new ByteArrayContent(MessageFrames.Frame(request, options.CompressRequest));
        CallScope.SetContentType(content);
        using var message = CreateRequest(path, content, options, scope.Timeout);
        try
        {
            using var response = await _invoker.SendAsync(message, scope.Token);
            if (ResponseStatus.FromHeaders(response) is { } early) throw early;

            var gzip = response.Headers.NonValidated.TryGetValues("grpc-encoding", out var encoding) && encoding.ToString() == "gzip";
            await using var body = await response.Content.ReadAsStreamAsync(scope.Token);
            var reply = await MessageStreamReader.ReadAsync(body, responseParser, gzip, Options.MaxReceiveMessageSize, scope.Token);
            var extra = reply is null ? null : await MessageStreamReader.ReadAsync(body, responseParser, gzip, Options.MaxReceiveMessageSize, scope.Token);

            if (!ResponseStatus.IsOk(response.TrailingHeaders)) throw ResponseStatus.FromTrailers(response.TrailingHeaders);
            if (reply is null || extra is not null)
                throw new RpcException(new Status(StatusCode.Internal, "A unary response must carry exactly one message."));
            if (!withMetadata) return new GrpcResponse<TResponse>(reply, ResponseStatus.NoMetadata, ResponseStatus.NoMetadata);

            var headers = ResponseStatus.ToDictionary(response.Headers);
            foreach (var (name, value) in ResponseStatus.ToDictionary(response.Content.Headers)) headers[name] = value;
            return new GrpcResponse<TResponse>(reply, headers, ResponseStatus.ToDictionary(response.TrailingHeaders));
        }
        catch (Exception ex) when (ex is not RpcException && scope.Translate(ex) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>Starts a bidi call; server- and client-streaming methods are called the same way.</summary>
    public DuplexStreamingCall<TRequest, TResponse> DuplexStreaming<TRequest, TResponse>(string path,
        MessageParser<TResponse> responseParser, CallOptions options = default)
        where TRequest : IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var scope = new CallScope(options);
        var content = new StreamingRequestContent();
        var message = CreateRequest(path, content, options, scope.Timeout);
        var send = _invoker.SendAsync(message, scope.Token);
        return new DuplexStreamingCall<TRequest, TResponse>(scope, content, message, send, responseParser,
            options.CompressRequest, Options.MaxReceiveMessageSize);
    }

    private HttpRequestMessage CreateRequest(string path, HttpContent content, CallOptions options, TimeSpan? timeout)
    {
        var uri = _uris.GetOrAdd(path, static (p, address) => new Uri(address, p), _address);
        var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        CallScope.AddHeaders(request, options, timeout);
        return request;
    }

    public void Dispose() => _invoker.Dispose();
}

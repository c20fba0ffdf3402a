using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using DocGen.Grpc.Internal;
using Google.Protobuf;

namespace DocGen.Grpc.Tests.Support;

/// <summary>
/// HTTP/2 requests built by hand, for what our own client would never send: wrong content
/// types, bare grpc-timeout headers, odd encodings, hand-made frames.
/// </summary>
public sealed class RawGrpcClient(string address) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri(address) };

    public Task<RawResponse> PostAsync(string path, IMessage message, Dictionary<string, string>? headers = null,
        string contentType = "application/grpc") =>
        PostBytesAsync(path, Frame(message.ToByteArray(), compressed: false), headers, contentType);

    public async Task<RawResponse> PostBytesAsync(string path, byte[] body, Dictionary<string, string>? headers = null,
        string contentType = "application/grpc")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("TE", "trailers");
        foreach (var (name, value) in headers ?? []) request.Headers.TryAddWithoutValidation(name, value);

        var clock = Stopwatch.StartNew();
        using var response = await _http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        clock.Stop();

        var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers) all[name] = string.Join(",", values);
        foreach (var (name, values) in response.Content.Headers) all[name] = string.Join(",", values);
        var trailers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.TrailingHeaders) trailers[name] = string.Join(",", values);
        return new RawResponse((int)response.StatusCode, all, trailers, bytes, clock.Elapsed);
    }

    public static byte[] Frame(byte[] payload, bool compressed)
    {
        var frame = new byte[GrpcFrame.HeaderSize + payload.Length];
        GrpcFrame.WriteHeader(frame, compressed, payload.Length);
        payload.CopyTo(frame, GrpcFrame.HeaderSize);
        return frame;
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>An HTTP/2 response as received; <see cref="Status"/> is grpc-status from trailers or, trailers-only, headers.</summary>
public sealed record RawResponse(int HttpStatus, IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Trailers, byte[] Body, TimeSpan Elapsed)
{
    public string? Status => Trailers.GetValueOrDefault("grpc-status") ?? Headers.GetValueOrDefault("grpc-status");
    public string? Message => Trailers.GetValueOrDefault("grpc-message") ?? Headers.GetValueOrDefault("grpc-message");
    public bool TrailersOnly => Headers.ContainsKey("grpc-status");
}

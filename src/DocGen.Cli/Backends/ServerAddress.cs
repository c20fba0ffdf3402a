using System.Diagnostics.CodeAnalysis;

namespace DocGen.Cli.Backends;

/// <summary>
/// <c>--server</c>: one server (<c>http://host:port</c>, <c>https://host:port</c>, or <c>host:port</c>
/// for http), every address a DNS name resolves to (<c>dns:///docgen-headless:50051</c>, a Kubernetes
/// headless Service), or a fixed list (<c>static:///host1:port,host2:port</c>, for tests and plain VMs).
/// </summary>
public sealed record ServerAddress(string Scheme, IReadOnlyList<(string Host, int Port)> Endpoints, string Target)
{
    public const string Forms = "http://host:port, https://host:port, host:port, dns:///host:port or static:///host:port,host:port…";

    public static ServerAddress Parse(string text) =>
        TryParse(text, out var address, out var error) ? address : throw new CliUsageException(error);

    public static bool TryParse(string text, [NotNullWhen(true)] out ServerAddress? address, [NotNullWhen(false)] out string? error)
    {
        address = Read(text);
        error = address is null ? $"--server must be {Forms}, not \"{text}\"" : null;
        return address is not null;
    }

    private static ServerAddress? Read(string text)
    {
        if (text.StartsWith("http://", StringComparison.Ordinal) || text.StartsWith("https://", StringComparison.Ordinal))
        {
            return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Host.Length > 0 && uri.AbsolutePath == "/"
                ? new ServerAddress(uri.Scheme, [(uri.Host, uri.Port)], text)
                : null;
        }
        if (text.StartsWith("dns:///", StringComparison.Ordinal) || text.StartsWith("static:///", StringComparison.Ordinal))
        {
            var scheme = text[..text.IndexOf(':')];
            var endpoints = text[(scheme.Length + 4)..].Split(',').Select(HostPort).ToArray();
            return endpoints.All(e => e is not null) && (scheme == "static" || endpoints.Length == 1)
                ? new ServerAddress(scheme, endpoints.Select(e => e!.Value).ToArray(), text)
                : null;
        }
        // host:port, as grpcurl takes it: plain http.
        return !text.Contains("://", StringComparison.Ordinal) && HostPort(text) is { } endpoint
            ? new ServerAddress("http", [endpoint], $"http://{(endpoint.Host.Contains(':') ? $"[{endpoint.Host}]" : endpoint.Host)}:{endpoint.Port}")
            : null;
    }

    public bool Balanced => Scheme is "dns" or "static";

    private static (string Host, int Port)? HostPort(string text)
    {
        var colon = text.LastIndexOf(':');
        var host = colon > 0 ? text[..colon].Trim('[', ']') : "";
        return host.Length > 0 && !host.Contains('/') && int.TryParse(text.AsSpan(colon + 1), out var port) && port is > 0 and < 65536
            ? (host, port)
            : null;
    }
}

namespace DocGen.Cli.Backends;

/// <summary>
/// <c>--server</c>: one server (<c>http://host:port</c>, <c>https://host:port</c>), every address a
/// DNS name resolves to (<c>dns:///docgen-headless:50051</c>, a Kubernetes headless Service), or
/// a fixed list (<c>static:///host1:port,host2:port</c>, for tests and plain VMs).
/// </summary>
public sealed record ServerAddress(string Scheme, IReadOnlyList<(string Host, int Port)> Endpoints)
{
    public static ServerAddress Parse(string text)
    {
        if (text.StartsWith("http://", StringComparison.Ordinal) || text.StartsWith("https://", StringComparison.Ordinal))
        {
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri)) return new ServerAddress(uri.Scheme, [(uri.Host, uri.Port)]);
        }
        else if (text.StartsWith("dns:///", StringComparison.Ordinal) || text.StartsWith("static:///", StringComparison.Ordinal))
        {
            var scheme = text[..text.IndexOf(':')];
            var hosts = text[(scheme.Length + 4)..].Split(',');
            var endpoints = hosts.Select(HostPort).ToArray();
            if (endpoints.All(e => e is not null) && (scheme == "static" || endpoints.Length == 1))
                return new ServerAddress(scheme, endpoints.Select(e => e!.Value).ToArray());
        }
        throw new CliUsageException($"--server must be http://host:port, https://host:port, dns:///host:port or static:///host:port,host:port…, not \"{text}\"");
    }

    public bool Balanced => Scheme is "dns" or "static";

    private static (string Host, int Port)? HostPort(string text)
    {
        var colon = text.LastIndexOf(':');
        return colon > 0 && int.TryParse(text.AsSpan(colon + 1), out var port) && port is > 0 and < 65536
            ? (text[..colon].Trim('[', ']'), port)
            : null;
    }
}

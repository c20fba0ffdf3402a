using System.Net;

namespace DocGen.Server.Configuration;

/// <summary>A parsed listen address: http (cleartext) or https, on an IP endpoint.</summary>
public sealed record ListenAddress(bool Tls, IPEndPoint EndPoint)
{
    /// <summary>Null with <paramref name="error"/> naming <paramref name="key"/> when the text is not one.</summary>
    public static ListenAddress? TryParse(string key, string text, out string error)
    {
        error = "";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            error = $"{key} \"{text}\" is not an http:// or https:// address";
            return null;
        }
        IPAddress? ip = uri.Host switch
        {
            "localhost" => IPAddress.Loopback,
            "*" or "+" or "0.0.0.0" => IPAddress.Any,
            _ => IPAddress.TryParse(uri.Host, out var parsed) ? parsed : null,
        };
        if (ip is null)
        {
            error = $"{key} host \"{uri.Host}\" must be an IP address, localhost or *";
            return null;
        }
        return new ListenAddress(uri.Scheme == "https", new IPEndPoint(ip, uri.Port));
    }
}

using DocGen.Api.Callers;

namespace DocGen.Server.Configuration;

/// <summary>
/// The "Auth" section: API keys, each stored as the SHA-256 of the key and naming the site codes it
/// may render. With keys configured every call but health needs <c>authorization: Bearer &lt;key&gt;</c>.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public List<CallerKeyOptions> Keys { get; set; } = [];

    /// <summary>
    /// Serve without keys on an address other than loopback, in cleartext: anyone who reaches the
    /// port may render any site's chrome. Off by default; the host refuses to start instead.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>Reflection (grpcurl, Postman): with a key like any call (default), open to anyone, or off.</summary>
    public ReflectionAccess Reflection { get; set; } = ReflectionAccess.Keyed;

    public CallerKeys ToCallerKeys() =>
        CallerKeys.From(Keys.Select(k => new CallerKey { Name = k.Name, Sha256 = k.Sha256, Sites = k.Sites }).ToList());
}

public enum ReflectionAccess
{
    Keyed,
    Open,
    Off,
}

/// <summary>One entry of Auth:Keys.</summary>
public sealed class CallerKeyOptions
{
    public string Name { get; set; } = "";

    /// <summary>64 hex digits: the SHA-256 of the key (<c>docgen key</c> makes a key and prints it).</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>Site codes (网站标识码) the key may render; "*" for every site.</summary>
    public List<string> Sites { get; set; } = [];
}

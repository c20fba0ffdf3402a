namespace DocGen.Server.Configuration;

/// <summary>
/// The "Server" section: where DocGen listens and how it stops. Environment variables override
/// appsettings with the DOCGEN_ prefix, e.g. DOCGEN_Server__Address=http://0.0.0.0:50051.
/// </summary>
public sealed class ServerOptions
{
    public const string Section = "Server";

    /// <summary>gRPC: http://host:port for h2c, https://host:port for TLS (needs a certificate).</summary>
    public string Address { get; set; } = "http://127.0.0.1:50051";

    /// <summary>
    /// gRPC-Web for browsers, over HTTP/1.1 (and HTTP/2 when https): a second address, because Kestrel cannot
    /// serve h2c and HTTP/1.1 on one cleartext port. Empty turns it off.
    /// </summary>
    public string WebAddress { get; set; } = "http://127.0.0.1:50052";

    /// <summary>
    /// Origins other than the server's own from which a browser page may call gRPC-Web and read the
    /// answer; none by default, "*" for any (then any page a user opens can call this server).
    /// </summary>
    public List<string> WebCorsOrigins { get; set; } = [];

    /// <summary>A PFX/PKCS#12 certificate file for https addresses.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>How long in-flight calls may run on after SIGTERM before they are cancelled.</summary>
    public int ShutdownTimeoutSeconds { get; set; } = 30;
}

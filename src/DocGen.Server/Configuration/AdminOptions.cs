namespace DocGen.Server.Configuration;

/// <summary>
/// The "Admin" section: the admin preview page at /admin/ on Server:WebAddress. It has no user
/// accounts, so it is off unless enabled and answers loopback clients only unless allowed.
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>Serve the page.</summary>
    public bool Enabled { get; set; }

    /// <summary>Serve it to clients other than loopback too (a trusted network only: anyone reaching it can render).</summary>
    public bool AllowRemote { get; set; }

    /// <summary>
    /// Host names a browser may address the page and gRPC-Web by (the Host header, port aside):
    /// localhost, the loopback addresses and Server:WebAddress's host always; add the names a
    /// trusted network uses. Any other Host is refused (421), so a page that rebinds its own name
    /// to this server's address (DNS rebinding) cannot call it as its own origin.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>The built page, relative to the checkout: script/bootstrap builds web/admin into web/admin/dist.</summary>
    public string Root { get; set; } = "web/admin/dist";
}

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

    /// <summary>The built page, relative to the checkout: script/bootstrap builds web/admin into web/admin/dist.</summary>
    public string Root { get; set; } = "web/admin/dist";
}

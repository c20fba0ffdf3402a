using System.Net;
using DocGen.Server.Configuration;
using Microsoft.Extensions.Options;

namespace DocGen.Server.Hosting;

/// <summary>
/// What a browser sends — the admin page's files and gRPC-Web calls — is served only when its Host
/// header names this server: an IP address (a browser that connected to the address itself, which
/// no rebinding can fake), localhost, Server:WebAddress's host, or one of Admin:AllowedHosts.
/// Another name (a page's own, rebound to this address) gets 421 Misdirected Request before
/// anything runs. Native gRPC clients (application/grpc) are not browsers and are
/// not checked: they may reach the server by any name a deployment gives it.
/// </summary>
internal sealed class BrowserHosts(RequestDelegate next, IOptions<AdminOptions> admin, IOptions<ServerOptions> server)
{
    private readonly HashSet<string> _allowed = Allowed(admin.Value, server.Value);

    public Task InvokeAsync(HttpContext http)
    {
        if (!IsFromABrowser(http) || IsAllowed(http.Request.Host.Host)) return next(http);
        http.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
        return Task.CompletedTask;
    }

    private static bool IsFromABrowser(HttpContext http) =>
        http.Request.Path.StartsWithSegments(AdminPage.Path, StringComparison.OrdinalIgnoreCase)
        || (http.Request.ContentType ?? "").StartsWith("application/grpc-web", StringComparison.OrdinalIgnoreCase)
        || HttpMethods.IsOptions(http.Request.Method);

    private bool IsAllowed(string host)
    {
        var name = host.Trim('[', ']');
        return _allowed.Contains(name) || IPAddress.TryParse(name, out _);
    }

    private static HashSet<string> Allowed(AdminOptions admin, ServerOptions server)
    {
        var allowed = new HashSet<string>(admin.AllowedHosts, StringComparer.OrdinalIgnoreCase) { "localhost" };
        if (Uri.TryCreate(server.WebAddress, UriKind.Absolute, out var web) && web.Host is not ("0.0.0.0" or "[::]" or "::" or "*" or "+"))
            allowed.Add(web.Host.Trim('[', ']'));
        return allowed;
    }
}

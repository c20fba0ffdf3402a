using System.Net;
using DocGen.Server.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace DocGen.Server.Hosting;

/// <summary>
/// The admin page's static files at /admin/ when Admin:Enabled. Browsers reach only the gRPC-Web
/// address (Server:Address is h2c with prior knowledge, which no browser speaks), so the page is
/// mapped once for the app rather than per listener.
/// </summary>
internal static class AdminPage
{
    public const string Path = "/admin";

    // The page's own script and styles only; the preview frame (srcdoc) inherits this, so a report's
    // page runs no script even if the sandbox were lifted. Inline styles are the report's own CSS.
    // No page may frame the admin page (clickjacking).
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: http: https:; frame-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";

    public static void UseAdminPage(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<AdminOptions>>().Value;
        if (!options.Enabled) return;
        var files = new PhysicalFileProvider(System.IO.Path.GetFullPath(options.Root, app.Environment.ContentRootPath));
        app.Map(Path, admin =>
        {
            admin.Use((context, next) =>
            {
                if (options.AllowRemote || context.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip)) return next(context);
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
            admin.Use((context, next) =>
            {
                // A source map left in the folder by an old build is not served: it is the page's source.
                if (!(context.Request.Path.Value ?? "").EndsWith(".map", StringComparison.OrdinalIgnoreCase)) return next(context);
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
            admin.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            admin.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                OnPrepareResponse = file =>
                {
                    var headers = file.Context.Response.Headers;
                    headers.CacheControl = "no-cache";
                    headers.XContentTypeOptions = "nosniff";
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    headers.XFrameOptions = "DENY";
                },
            });
        });
    }
}

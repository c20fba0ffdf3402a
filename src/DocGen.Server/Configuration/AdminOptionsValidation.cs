using Microsoft.Extensions.Options;

namespace DocGen.Server.Configuration;

/// <summary>An enabled admin page needs its built files and the gRPC-Web address it calls the API over.</summary>
internal sealed class AdminOptionsValidation(IHostEnvironment environment, IOptions<ServerOptions> server) : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        if (!options.Enabled) return ValidateOptionsResult.Success;
        if (string.IsNullOrEmpty(server.Value.WebAddress))
            return ValidateOptionsResult.Fail("Admin:Enabled needs Server:WebAddress: the page calls the API over gRPC-Web");
        var root = Path.GetFullPath(options.Root, environment.ContentRootPath);
        if (!File.Exists(Path.Combine(root, "index.html")))
            return ValidateOptionsResult.Fail($"Admin:Root \"{root}\" has no index.html: build the page with script/bootstrap (or npm run build in web/admin)");
        return ValidateOptionsResult.Success;
    }
}

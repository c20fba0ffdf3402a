using System.Net;
using Microsoft.Extensions.Options;

namespace DocGen.Server.Configuration;

/// <summary>
/// Keys well formed, and no open door: an address other than loopback in cleartext with no keys
/// stops the host unless Auth:AllowUnauthenticated says so.
/// </summary>
internal sealed class AuthOptionsValidation(IOptions<ServerOptions> server) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        try
        {
            if (!options.ToCallerKeys().IsEmpty || options.AllowUnauthenticated) return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail(e.Message.Replace("CallerKeys:", "Auth:Keys:", StringComparison.Ordinal));
        }
        var errors = new List<string>();
        foreach (var (key, text) in new[] { ("Server:Address", server.Value.Address), ("Server:WebAddress", server.Value.WebAddress) })
        {
            if (string.IsNullOrEmpty(text) || ListenAddress.TryParse(key, text, out _) is not { } address) continue;
            if (!address.Tls && !IPAddress.IsLoopback(address.EndPoint.Address))
                errors.Add($"{key} \"{text}\" is reachable from other machines in cleartext and Auth:Keys is empty: " +
                           "configure Auth:Keys (docgen key makes one), or set Auth:AllowUnauthenticated=true to let anyone who reaches it render");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

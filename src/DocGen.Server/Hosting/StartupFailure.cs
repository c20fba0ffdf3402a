using Microsoft.Extensions.Options;

namespace DocGen.Server.Hosting;

/// <summary>The line a host that refused its configuration prints instead of a stack trace.</summary>
public static class StartupFailure
{
    public static string Describe(OptionsValidationException e) =>
        "docgen-server: not started: " + string.Join("; ", e.Failures.Select(f => f.Trim()).Where(f => f.Length > 0).Distinct());
}

namespace DocGen.Api.Callers;

/// <summary>An authenticated caller: the name of its key and the site codes it may render.</summary>
public sealed class Caller
{
    private readonly HashSet<string> _sites;
    private readonly bool _everySite;

    public Caller(string name, IEnumerable<string> sites)
    {
        Name = name;
        _sites = new HashSet<string>(sites, StringComparer.Ordinal);
        _everySite = _sites.Contains(CallerKeys.EverySite);
    }

    public string Name { get; }

    public bool MayRender(string siteCode) => _everySite || _sites.Contains(siteCode);

    /// <summary>PERMISSION_DENIED naming the site when this caller may not render for it.</summary>
    public void EnsureMayRender(string siteCode)
    {
        if (!MayRender(siteCode))
            throw new ApiException(ApiStatusCode.PermissionDenied,
                $"site_code \"{siteCode}\": the key \"{Name}\" may not render for this site");
    }
}

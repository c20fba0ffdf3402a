using DocGen.Api;
using DocGen.Contracts;
using DocGen.Sites;
using DocGen.Protos.V1;
using DocGen.Server.Calls;
using Grpc.Core;

namespace DocGen.Server.Services;

/// <summary>
/// docgen.v1.SiteService: the publishing sites the registry serves right now, as far as the
/// caller's key may render them. GetSite of a code outside the key's sites is PERMISSION_DENIED
/// whether or not the site exists, like Render: the key's holder knows its own list, and the answer
/// tells it nothing about which other sites the service serves.
/// </summary>
internal sealed class SiteGrpcService(SiteRegistry sites) : SiteService.SiteServiceBase
{
    public override Task<ListSitesResponse> ListSites(ListSitesRequest request, ServerCallContext context)
    {
        var caller = CallerKeyInterceptor.CallerOf(context);
        var response = new ListSitesResponse();
        response.Sites.AddRange(sites.Sites
            .Where(s => caller?.MayRender(s.SiteCode) ?? true)
            .OrderBy(s => s.SiteCode, StringComparer.Ordinal)
            .Select(s => SiteMapper.ToProto(s.Profile)));
        return Task.FromResult(response);
    }

    public override Task<Site> GetSite(GetSiteRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.SiteCode))
            throw new ApiException(ApiStatusCode.InvalidArgument, "site_code is required");
        CallerKeyInterceptor.CallerOf(context)?.EnsureMayRender(request.SiteCode);
        if (!sites.TryGetSite(request.SiteCode, out var site))
            throw new ApiException(ApiStatusCode.NotFound, $"site_code \"{request.SiteCode}\" names no configured site");
        return Task.FromResult(SiteMapper.ToProto(site.Profile));
    }
}

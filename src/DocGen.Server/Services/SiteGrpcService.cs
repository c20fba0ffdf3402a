using DocGen.Contracts;
using DocGen.Grpc;
using DocGen.Html.Sites;
using DocGen.Protos.V1;
using Status = DocGen.Grpc.Status;

namespace DocGen.Server.Services;

/// <summary>docgen.v1.SiteService: the publishing sites the registry serves right now.</summary>
internal sealed class SiteGrpcService(SiteRegistry sites)
{
    public ServiceDefinition Definition() =>
        ServiceDefinition.For("docgen.v1.SiteService")
            .Unary<ListSitesRequest, ListSitesResponse>("ListSites", ListSitesRequest.Parser, ListSites)
            .Unary<GetSiteRequest, Site>("GetSite", GetSiteRequest.Parser, GetSite);

    private Task<ListSitesResponse> ListSites(ListSitesRequest request, ServerCallContext context)
    {
        var response = new ListSitesResponse();
        response.Sites.AddRange(sites.Sites.OrderBy(s => s.SiteCode, StringComparer.Ordinal).Select(s => SiteMapper.ToProto(s.Profile)));
        return Task.FromResult(response);
    }

    private Task<Site> GetSite(GetSiteRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.SiteCode))
            throw new RpcException(new Status(StatusCode.InvalidArgument, "site_code is required"));
        if (!sites.TryGetSite(request.SiteCode, out var site))
            throw new RpcException(new Status(StatusCode.NotFound, $"site_code \"{request.SiteCode}\" names no configured site"));
        return Task.FromResult(SiteMapper.ToProto(site.Profile));
    }
}

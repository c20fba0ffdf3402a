using DocGen.Contracts;
using DocGen.Core.Editions;
using DocGen.Protos.V1;
using D = DocGen.Core.Model;

namespace DocGen.Api;

/// <summary>ReportService.GetLayout without a transport: the national tables of the edition a request names or its year implies.</summary>
public static class LayoutApi
{
    public static Protos.V1.Layout GetLayout(GetLayoutRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Edition))
            throw new ApiException(ApiStatusCode.InvalidArgument,
                $"edition is {(int)request.Edition}: expected EDITION_UNSPECIFIED, LEGACY_2008, EDITION_2019 or EDITION_2021");
        if (request.Edition != Edition.Unspecified) return LayoutMapper.ToProto((D.Edition)(int)request.Edition);
        if (request.Year < EditionResolver.FirstYear)
            throw new ApiException(ApiStatusCode.InvalidArgument,
                $"year is {request.Year}: expected {EditionResolver.FirstYear} or later, or an edition");
        return LayoutMapper.ToProto(EditionResolver.ForYear(request.Year));
    }
}

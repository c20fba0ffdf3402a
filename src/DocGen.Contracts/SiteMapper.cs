using DocGen.Core.Sites;
using DocGen.Protos.V1;

namespace DocGen.Contracts;

/// <summary>A publishing site on the wire.</summary>
public static class SiteMapper
{
    public static Site ToProto(SiteProfile s) => new()
    {
        SiteCode = s.SiteCode,
        Name = s.Name,
        Domain = s.Domain,
        Copyright = s.Copyright,
        Sponsor = s.Sponsor,
        Organizer = s.Organizer,
        TechnicalSupport = s.TechnicalSupport,
        Phone = s.Phone,
        Address = s.Address,
        IcpRecord = s.IcpRecord,
        PublicSecurityRecord = s.PublicSecurityRecord,
        ColumnName = s.ColumnName,
        TemplateSet = s.TemplateSet,
    };
}

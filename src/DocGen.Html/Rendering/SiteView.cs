using DocGen.Core.Sites;

namespace DocGen.Html.Rendering;

/// <summary>
/// The publishing site as templates see it (<c>site.*</c>): the footer lines, the filing numbers,
/// and the optional 党政机关网站标识 badge. Built once per loaded site.
/// </summary>
public sealed record SiteView(
    string SiteCode,
    string Name,
    string Domain,
    string Copyright,
    string Sponsor,
    string Organizer,
    string TechnicalSupport,
    string Phone,
    string Address,
    string IcpRecord,
    string PublicSecurityRecord,
    string PublicSecurityDigits,
    string ColumnName,
    BadgeView? Badge)
{
    public static SiteView Of(SiteProfile site) => new(
        site.SiteCode, site.Name, site.Domain, site.Copyright, site.Sponsor, site.Organizer, site.TechnicalSupport,
        site.Phone, site.Address, site.IcpRecord, site.PublicSecurityRecord, site.PublicSecurityDigits, site.ColumnName,
        site.Badge is { } badge ? new BadgeView(badge.ImageUrl, badge.LinkUrl) : null);
}

/// <summary>党政机关网站标识: the image the registration issues and the address it links to.</summary>
public sealed record BadgeView(string ImageUrl, string LinkUrl);

namespace DocGen.Core.Sites;

/// <summary>
/// A publishing site's identity and footer, as in the contract's <c>Site</c> message. Renderers
/// dress a report in it; <see cref="TemplateSet"/> names the template folder ("" = the site's own
/// folder over the default set). <see cref="Fonts"/> optionally overrides the PDF font families
/// by role ("title", "heading", "subheading", "body", "table"). <see cref="PrintSiteLine"/>: the PDF
/// prints the site's name and 网站标识码 on its last page (off by default: paper carries the site in its
/// metadata only, as the WPS-made originals print no web footer).
/// </summary>
public sealed record SiteProfile
{
    public required string SiteCode { get; init; }
    public string Name { get; init; } = "";
    public string Domain { get; init; } = "";
    public string Copyright { get; init; } = "";
    public string Sponsor { get; init; } = "";
    public string Organizer { get; init; } = "";
    public string TechnicalSupport { get; init; } = "";
    public string Phone { get; init; } = "";
    public string Address { get; init; } = "";
    public string IcpRecord { get; init; } = "";
    public string PublicSecurityRecord { get; init; } = "";
    public string ColumnName { get; init; } = "";
    public string TemplateSet { get; init; } = "";
    public IReadOnlyDictionary<string, string> Fonts { get; init; } = new Dictionary<string, string>();
    public bool PrintSiteLine { get; init; }

    /// <summary>The optional 党政机关网站标识 badge shown in the footer.</summary>
    public SiteBadge? Badge { get; init; }

    /// <summary>The digits of 公安机关备案号 (辽公网安备21110002000056号 → 21110002000056), "" when none.</summary>
    public string PublicSecurityDigits => new(PublicSecurityRecord.Where(char.IsAsciiDigit).ToArray());
}

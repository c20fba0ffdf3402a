using DocGen.Core.Model;
using DocGen.Core.Sites;
using static DocGen.Core.Validation.Findings;

namespace DocGen.Core.Validation;

/// <summary>The report against the site that publishes it.</summary>
public static class SiteRules
{
    // The administrative levels a place name ends with: 盘锦市, 闽侯县, 张店区, 鄂托克旗, 延边州, 阿拉善盟, 辽宁省.
    private static readonly char[] PlaceEnds = ['省', '市', '县', '区', '旗', '州', '盟'];

    public static IEnumerable<Finding> Check(AnnualReport report, SiteProfile site)
    {
        if (string.IsNullOrWhiteSpace(report.Agency)) yield break;
        string[] lines = [site.Name, site.Sponsor, site.Organizer];
        var agency = report.Agency.Trim();
        // A department publishes on its city's portal (盘锦市商务局 on 盘锦市人民政府): its place name is enough.
        var place = PlaceName(agency);
        if (lines.Any(line => line.Contains(agency, StringComparison.Ordinal) || (place is not null && line.Contains(place, StringComparison.Ordinal))))
            yield break;
        yield return Warning(FindingCodes.AgencyNotOnSite, "agency",
            $"发布机构「{agency}」不见于网站「{site.Name}」（网站标识码 {site.SiteCode}）的网站名称、主办单位、承办单位：报告将以另一机构的页脚和网站标识码发布，请确认站点");
    }

    /// <summary>"盘锦市商务局" → "盘锦": the name before the first administrative level, when it has at least two characters.</summary>
    private static string? PlaceName(string agency)
    {
        var end = agency.IndexOfAny(PlaceEnds);
        return end >= 2 ? agency[..end] : null;
    }
}

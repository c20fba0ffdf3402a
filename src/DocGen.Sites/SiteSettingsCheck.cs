using System.Text.RegularExpressions;
using DocGen.Core.Sites;

namespace DocGen.Sites;

/// <summary>
/// The national formats of a site's identifiers (spec: site identifiers). A value that does not
/// match is a warning, not a refusal: the footer still shows what the site registered, and a
/// wrong-looking number is for its author to check, not for us to hide.
/// </summary>
internal static partial class SiteSettingsCheck
{
    public static IReadOnlyList<SiteWarning> Check(SiteProfile site, string siteFile, Func<string, bool>? fontInstalled)
    {
        var warnings = new List<SiteWarning>();
        void Warn(string field, string reason) => warnings.Add(new SiteWarning(siteFile, field, reason));

        if (!SiteCode().IsMatch(site.SiteCode))
            Warn("siteCode", $"网站标识码 '{site.SiteCode}' is not 10 characters: a 6-digit division code and a 4-digit serial, or 'bm' and 8 digits");
        if (site.PublicSecurityRecord.Length > 0 && site.PublicSecurityDigits.Length != 14)
            Warn("publicSecurityRecord", $"公安机关备案号 '{site.PublicSecurityRecord}' has {site.PublicSecurityDigits.Length} digits; it has 14 (辽公网安备21110002000056号)");
        if (site.IcpRecord.Length > 0 && !IcpRecord().IsMatch(site.IcpRecord))
            Warn("icpRecord", $"ICP备案序号 '{site.IcpRecord}' is not of the form 辽ICP备11007870号 or 辽ICP备11007870号-1");
        if (fontInstalled is not null)
        {
            foreach (var (role, family) in site.Fonts.Where(f => !fontInstalled(f.Value)))
                Warn($"fonts.{role}", $"font '{family}' is not installed on this machine (no CJK TrueType face of that family); the PDF uses the default face");
        }
        return warnings;
    }

    /// <summary>6-digit administrative division code + 4-digit serial, or "bm" + 8 digits (central bodies).</summary>
    [GeneratedRegex(@"^(\d{10}|bm\d{8})$")]
    private static partial Regex SiteCode();

    /// <summary>One province abbreviation, ICP备, the serial, 号, and an optional -N for the site under that filing.</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}ICP备\d{6,10}号(-\d{1,3})?$")]
    private static partial Regex IcpRecord();
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DocGen.Core.Outline;

namespace DocGen.Layout.Composition;

/// <summary>
/// What every printed format says about the report in its metadata: subject, keywords, the date
/// (signed_on, else the year's last day: never the clock) and an identifier hashed from what
/// identifies the report, so the same request gives the same bytes.
/// </summary>
internal static class DocumentFacts
{
    public static string Subject(ReportOutline outline) => $"{outline.Report.Agency}{outline.Report.Year}年政府信息公开工作年度报告";

    public static IReadOnlyList<string> Keywords(ReportOutline outline) =>
        ["政府信息公开", "年度报告", outline.Report.Agency, outline.Report.Year.ToString(CultureInfo.InvariantCulture)];

    public static DateTime Date(ReportOutline outline) =>
        DateTime.TryParseExact(outline.SignedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var signed)
            ? DateTime.SpecifyKind(signed, DateTimeKind.Utc)
            : new DateTime(Math.Clamp(outline.Report.Year, 1, 9998), 12, 31, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>32 hexadecimal digits.</summary>
    public static string Id(ReportOutline outline, int pageCount)
    {
        var report = outline.Report;
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{outline.Title}\n{report.Agency}\n{report.Year}\n{outline.SignedOn}\n{pageCount}")))[..32];
    }
}

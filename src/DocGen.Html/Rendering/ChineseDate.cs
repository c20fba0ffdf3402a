using System.Globalization;

namespace DocGen.Html.Rendering;

/// <summary>ISO dates as a Chinese document prints them: "2024-01-20" → "2024年1月20日".</summary>
internal static class ChineseDate
{
    public static string Display(string isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? $"{date.Year}年{date.Month}月{date.Day}日"
            : isoDate;
}

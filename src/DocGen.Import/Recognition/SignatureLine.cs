using System.Globalization;
using System.Text.RegularExpressions;

namespace DocGen.Import.Recognition;

/// <summary>The 落款 date under the text: "二〇一八年一月二十日" or "2018年1月20日", alone on its line.</summary>
public static partial class SignatureLine
{
    [GeneratedRegex(@"^(?<y>[0-9〇零○一二三四五六七八九]{4})\s*年\s*(?<m>[0-9一二三四五六七八九十]{1,3})\s*月\s*(?<d>[0-9一二三四五六七八九十]{1,3})\s*日$")]
    private static partial Regex DateLine();

    /// <summary>The ISO date of a 落款 date line, or null.</summary>
    public static string? ReadDate(string line)
    {
        var m = DateLine().Match(line.Trim());
        if (!m.Success) return null;
        var year = ChineseNumerals.ParseYear(m.Groups["y"].Value);
        var month = ChineseNumerals.Parse(m.Groups["m"].Value);
        var day = ChineseNumerals.Parse(m.Groups["d"].Value);
        if (year < 1900 || month is < 1 or > 12 || day is < 1 or > 31) return null;
        return DateTime.TryParseExact($"{year:0000}-{month:00}-{day:00}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? $"{year:0000}-{month:00}-{day:00}"
            : null;
    }

    /// <summary>Whether a short line above the date names a body (…局, …人民政府, …办公室, …署).</summary>
    public static bool IsSigner(string line)
    {
        var text = line.Trim();
        return text.Length is >= 3 and <= 30 && !text.Contains('。') && !text.Contains('，') && !text.Contains(',')
            && (text.EndsWith('局') || text.EndsWith("政府", StringComparison.Ordinal) || text.EndsWith("办公室", StringComparison.Ordinal)
                || text.EndsWith('委') || text.EndsWith("委员会", StringComparison.Ordinal) || text.EndsWith('厅') || text.EndsWith('院')
                || text.EndsWith("中心", StringComparison.Ordinal) || text.EndsWith('处') || text.EndsWith('办') || text.EndsWith('署'));
    }
}

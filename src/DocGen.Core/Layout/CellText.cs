using System.Globalization;

namespace DocGen.Core.Layout;

/// <summary>How value cells print their numbers: plain integers, amounts without trailing zeros.</summary>
public static class CellText
{
    /// <summary>"1234": no group separators, the way the national tables are filled in.</summary>
    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// An amount in 万元 as sent, normalised ("12.50" → "12.5", " 3 " → "3"); "0" when not sent.
    /// Text that is not a decimal is printed as sent (validation reports it).
    /// </summary>
    public static string Amount(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return "0";
        }
        return TryParseAmount(trimmed, out var value)
            ? value.ToString("0.############################", CultureInfo.InvariantCulture)
            : trimmed;
    }

    /// <summary>A plain decimal: digits, optionally a point and more digits; a leading minus allowed.</summary>
    public static bool TryParseAmount(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture, out value);
}

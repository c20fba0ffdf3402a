namespace DocGen.Core.Text;

/// <summary>
/// Whole numbers as reports write them in running text: Arabic figures (full-width too, with
/// thousands separators: 12,345) or Chinese numerals (九十五, 一百零三, 两千, 1.2万 is not one).
/// </summary>
public static class ChineseNumerals
{
    public const string Digits = "零〇一二两三四五六七八九";
    public const string Multipliers = "十百千万";

    public static bool IsChineseNumeral(char c) => Digits.Contains(c) || Multipliers.Contains(c);

    /// <summary>The value of a run of Chinese numerals; false for a run that is not a well-formed number (万万, 十十).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty) return false;
        long section = 0, digit = -1;
        var lastUnit = long.MaxValue;
        foreach (var c in text)
        {
            var d = Digits.IndexOf(c);
            if (d >= 0)
            {
                if (digit > 0) return false; // 二三: not a number
                digit = c switch { '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => 0 };
                continue;
            }
            long unit = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10000, _ => 0 };
            if (unit == 0) return false;
            if (unit == 10000)
            {
                section += Math.Max(digit, 0);
                if (section == 0 || value != 0) return false;
                value = section * unit;
                section = 0;
                lastUnit = long.MaxValue;
            }
            else
            {
                if (unit >= lastUnit) return false;
                // 十 alone means 一十 (十五 = 15).
                section += (digit < 0 ? 1 : digit) * unit;
                lastUnit = unit;
            }
            digit = -1;
        }
        value += section + Math.Max(digit, 0);
        return true;
    }

    /// <summary>An Arabic figure: digits (half- or full-width) with optional thousands separators and decimals.</summary>
    public static bool TryParseArabic(ReadOnlySpan<char> text, out decimal value)
    {
        Span<char> plain = stackalloc char[Math.Min(text.Length, 64)];
        value = 0;
        if (text.Length > 64) return false;
        var n = 0;
        foreach (var c in text)
        {
            if (c is ',' or '，') continue;
            plain[n++] = c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c == '．' ? '.' : c;
        }
        return decimal.TryParse(plain[..n], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out value);
    }
}

namespace DocGen.Import.Recognition;

/// <summary>Chinese numerals as reports number sections (一 … 二十九) and write dates (二〇一八年一月二十日).</summary>
public static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三 (1 to 99).</summary>
    public static string Of(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 99);
        if (n < 10) return Digits[n].ToString();
        var tens = n / 10 == 1 ? "十" : Digits[n / 10] + "十";
        return n % 10 == 0 ? tens : tens + Digits[n % 10];
    }

    /// <summary>一 … 九十九 (or ASCII digits) back to a number; -1 when it is not one.</summary>
    public static int Parse(string text)
    {
        if (text.Length == 0) return -1;
        if (text.All(char.IsAsciiDigit)) return text.Length <= 4 ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : -1;
        var ten = text.IndexOf('十');
        if (ten < 0) return text.Length == 1 ? Digit(text[0]) : -1;
        var tens = ten == 0 ? 1 : ten == 1 ? Digit(text[0]) : -1;
        var units = ten == text.Length - 1 ? 0 : ten == text.Length - 2 ? Digit(text[^1]) : -1;
        return tens < 1 || units < 0 ? -1 : tens * 10 + units;
    }

    /// <summary>A year written digit by digit (二〇一八, 二零一八, 2018); -1 when it is not one.</summary>
    public static int ParseYear(string text)
    {
        if (text.Length != 4) return -1;
        var year = 0;
        foreach (var c in text)
        {
            var d = char.IsAsciiDigit(c) ? c - '0' : c == '零' || c == 'O' || c == 'o' || c == '○' ? 0 : Digit(c);
            if (d < 0) return -1;
            year = year * 10 + d;
        }
        return year;
    }

    private static int Digit(char c) => c == '零' || c == '○' ? 0 : Digits.IndexOf(c);
}

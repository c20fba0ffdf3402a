namespace DocGen.Layout;

/// <summary>
/// Chinese line-breaking rules (避头尾): closing punctuation never starts a line, opening
/// punctuation never ends one. ASCII forms are listed too because CMS text mixes them in
/// (张店 2017 writes "年,张店区" with an ASCII comma).
/// </summary>
internal static class Kinsoku
{
    private const string Closing =
        "，。、；：？！）》」』”’〕】〉｝〗〙〛…—‥·・％‰℃°" + "︰︱︲︳︴︵︶" +
        "，．：；？！］｝）～" + ",.;:?!)]}%";

    private const string Opening = "（《「『“‘〔【〈｛〖〘〚＄￥" + "([{$";

    public static bool IsClosing(int codePoint) => codePoint < 0x10000 && Closing.Contains((char)codePoint);

    public static bool IsOpening(int codePoint) => codePoint < 0x10000 && Opening.Contains((char)codePoint);

    private const string FullWidthClosing = "，。、；：？！）》」』”’〕】〉｝〗〙〛";
    private const string FullWidthOpening = "（《「『“‘〔【〈｛〖〘〚";

    /// <summary>A CJK closing mark whose glyph sits in the left half of its em box (SC faces).</summary>
    public static bool IsFullWidthClosing(int codePoint) => codePoint < 0x10000 && FullWidthClosing.Contains((char)codePoint);

    public static bool IsFullWidthPunctuation(int codePoint) =>
        codePoint < 0x10000 && (FullWidthClosing.Contains((char)codePoint) || FullWidthOpening.Contains((char)codePoint));

    /// <summary>
    /// Characters that break individually (CJK ideographs, kana, fullwidth forms, CJK punctuation);
    /// everything else joins into words that are never split (Latin words, numbers like 12,345).
    /// </summary>
    public static bool BreaksAlone(int codePoint) =>
        codePoint is >= 0x2E80 and < 0xA000 // CJK radicals … Yi, including CJK punctuation and ideographs
            or >= 0xF900 and < 0xFB00 // compatibility ideographs
            or >= 0xFE30 and < 0xFE50 // vertical forms
            or >= 0xFF00 and < 0xFFF0 // fullwidth forms
            or >= 0x20000 // supplementary ideographs
            or 0x2014 or 0x2026 or 0x2018 or 0x2019 or 0x201C or 0x201D or 0x00B7; // dashes, ellipsis and quotes used in Chinese
}

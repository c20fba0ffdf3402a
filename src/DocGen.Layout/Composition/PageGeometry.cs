using DocGen.Layout;

namespace DocGen.Layout.Composition;

/// <summary>
/// The printed page of GB/T 9704-2012: A4 portrait, top margin 37 mm, left 28 mm, a 156 × 225 mm
/// text block (so bottom 35 mm, right 26 mm), page numbers 7 mm below the text block.
/// </summary>
internal static class PageGeometry
{
    public static readonly double PageWidth = Units.Mm(210);
    public static readonly double PageHeight = Units.Mm(297);
    public static readonly Box TextBlock = new(Units.Mm(28), Units.Mm(37), Units.Mm(156), Units.Mm(225));
    public static readonly double PageNumberTop = TextBlock.Bottom + Units.Mm(7);

    public const double TitleSize = 22; // 二号
    public const double TitlePitch = 36;
    public const double BodySize = 16; // 三号
    public const double BodyPitch = 28; // 22 lines in the 225 mm block
    public const double TableSize = 10.5; // 五号
    public const double WideTableSize = 9; // 小五, for tables of more than 10 columns (table 四)
    public const double PageNumberSize = 14; // 四号
    public const double SiteLineSize = 9;
}

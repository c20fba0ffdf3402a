using DocGen.Core.Model;

namespace DocGen.Core.Editions;

/// <summary>An edition as an editor names it: the year of the format and the circular that set it.</summary>
public static class EditionNames
{
    public static string Of(Edition edition) => edition switch
    {
        Edition.Legacy2008 => "2008年版（各机关自拟章节，无统一表格）",
        Edition.Edition2019 => "2019年版（国办公开办函〔2019〕60号）",
        Edition.Edition2021 => "2021年版（国办公开办函〔2021〕30号）",
        _ => "",
    };
}

using DocGen.Core.Model;

namespace DocGen.Core.Layout;

/// <summary>
/// The national tables and section headings of the 2019 and 2021 editions, as data. The HTML and
/// PDF renderers draw these; validation names cells with the same labels.
/// </summary>
public static class NationalLayout
{
    /// <summary>一 … 六, in print order.</summary>
    public static IReadOnlyList<string> SectionHeadings { get; } =
    [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ];

    private static readonly TableLayout ActiveDisclosure2021 = ActiveDisclosureTables.Edition2021(SectionHeadings[1]);
    private static readonly TableLayout ActiveDisclosure2019 = ActiveDisclosureTables.Edition2019(SectionHeadings[1]);
    private static readonly TableLayout Applications2021 = ApplicationsTable.Build(Edition.Edition2021, SectionHeadings[2]);
    private static readonly TableLayout Applications2019 = ApplicationsTable.Build(Edition.Edition2019, SectionHeadings[2]);
    private static readonly TableLayout ReviewLitigationTableLayout = ReviewLitigationTable.Build(SectionHeadings[3]);

    /// <summary>Table 二 · 主动公开政府信息情况. It has no head rows (<see cref="TableLayout.HeaderRowCount"/> 0): each block carries its own.</summary>
    public static TableLayout ActiveDisclosure(Edition edition) => edition switch
    {
        Edition.Edition2021 => ActiveDisclosure2021,
        Edition.Edition2019 => ActiveDisclosure2019,
        _ => throw NoTables(edition),
    };

    /// <summary>Table 三 · 收到和处理政府信息公开申请情况.</summary>
    public static TableLayout Applications(Edition edition) => edition switch
    {
        Edition.Edition2021 => Applications2021,
        Edition.Edition2019 => Applications2019,
        _ => throw NoTables(edition),
    };

    /// <summary>Table 四 · 政府信息公开行政复议、行政诉讼情况 (the same in both editions).</summary>
    public static TableLayout ReviewLitigation() => ReviewLitigationTableLayout;

    /// <summary>Tables 二, 三 and 四 of an edition, in print order.</summary>
    public static IReadOnlyList<TableLayout> Tables(Edition edition) =>
        [ActiveDisclosure(edition), Applications(edition), ReviewLitigation()];

    private static ArgumentOutOfRangeException NoTables(Edition edition) =>
        new(nameof(edition), edition, "only EDITION_2019 and EDITION_2021 have national tables");
}

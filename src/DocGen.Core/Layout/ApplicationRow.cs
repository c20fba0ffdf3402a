using DocGen.Core.Model;

namespace DocGen.Core.Layout;

/// <summary>What a row of table 三 stands for in the cross-checks.</summary>
public enum ApplicationRowRole
{
    /// <summary>一、本年新收 and 二、上年结转: what came in.</summary>
    Intake,
    /// <summary>One outcome under 三、本年度办理结果, summed into （七）总计.</summary>
    Result,
    /// <summary>（七）总计.</summary>
    ResultsTotal,
    /// <summary>四、结转下年度继续办理.</summary>
    CarriedForward,
}

/// <summary>
/// A row of table 三: its contract field (relative to <c>applications</c>), the label printed in
/// its own cell, the group label of a sub-row (（三）不予公开 …), and how to read and replace it.
/// </summary>
public sealed record ApplicationRow(
    string Field,
    string Label,
    string? Group,
    ApplicationRowRole Role,
    Func<ApplicationStats, ApplicantCounts?> Select,
    Func<ApplicationStats, ApplicantCounts, ApplicationStats> With)
{
    /// <summary>The contract path, e.g. "applications.withheld.state_secret".</summary>
    public string Path => "applications." + Field;

    /// <summary>The row as a reader names it, e.g. "（三）不予公开 1.属于国家秘密".</summary>
    public string DisplayName => Group is null ? Label : $"{Group} {Label}";

    /// <summary>The contract path of this row's cell in <paramref name="column"/>.</summary>
    public string PathOf(ApplicantColumn column) => $"{Path}.{column.Field}";
}

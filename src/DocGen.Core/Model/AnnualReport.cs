namespace DocGen.Core.Model;

/// <summary>
/// A 政府信息公开工作年度报告 as the caller sent it. Absent parts are null (or empty), so
/// validation can tell "not sent" from "sent as zero".
/// </summary>
public sealed record AnnualReport
{
    /// <summary>发布机构, e.g. 盘锦市商务局.</summary>
    public string Agency { get; init; } = "";
    /// <summary>The year reported on.</summary>
    public int Year { get; init; }
    /// <summary>As requested; <see cref="Edition.Unspecified"/> means "from the year".</summary>
    public Edition Edition { get; init; }
    /// <summary>As requested; empty means the default title.</summary>
    public string Title { get; init; } = "";
    public RichText? Preamble { get; init; }
    public RichText? Overview { get; init; }
    public ActiveDisclosure2021? ActiveDisclosure2021 { get; init; }
    public ActiveDisclosure2019? ActiveDisclosure2019 { get; init; }
    public ApplicationStats? Applications { get; init; }
    public ReviewLitigation? ReviewLitigation { get; init; }
    public RichText? Problems { get; init; }
    public RichText? OtherMatters { get; init; }
    public IReadOnlyList<Section> Sections { get; init; } = [];
    public string SignedBy { get; init; } = "";
    /// <summary>落款 date, ISO yyyy-MM-dd.</summary>
    public string SignedOn { get; init; } = "";
    public DocumentMeta? Meta { get; init; }

    /// <summary>The title as printed: the caller's, or agency + year + 年政府信息公开工作年度报告.</summary>
    public string DisplayTitle =>
        string.IsNullOrWhiteSpace(Title) ? $"{Agency}{Year}年政府信息公开工作年度报告" : Title;
}

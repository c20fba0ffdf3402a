using System.Text.RegularExpressions;
using DocGen.Protos.V1;

namespace DocGen.Import.Recognition;

/// <summary>The disclosure catalogue header a page shows above the report (索引号, 文号, 发文日期, 发布机构, 主题分类).</summary>
public static partial class CatalogueHeader
{
    [GeneratedRegex(@"索引号\s*[:：]\s*(?<v>[^\s]+)")]
    private static partial Regex IndexNumber();

    [GeneratedRegex(@"(?<!索引)(?:发文字号|文号)\s*[:：]\s*(?<v>[^\s]+)")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"(?:发文日期|成文日期|发布日期|公开日期)\s*[:：]\s*(?<y>\d{4})\s*[-年./]\s*(?<m>\d{1,2})\s*[-月./]\s*(?<d>\d{1,2})")]
    private static partial Regex Date();

    [GeneratedRegex(@"(?:发布机构|发文机关|公开主体)\s*[:：]\s*(?<v>[^\s]+)")]
    private static partial Regex Publisher();

    [GeneratedRegex(@"主题分类\s*[:：]\s*(?<v>[^\s]+)")]
    private static partial Regex Subject();

    public static bool IsHeaderLine(string line) =>
        IndexNumber().IsMatch(line) || DocumentNumber().IsMatch(line) || Date().IsMatch(line) || Publisher().IsMatch(line)
        || Subject().IsMatch(line) || line.TrimStart().StartsWith("标题", StringComparison.Ordinal);

    /// <summary>The header's fields, when the lines carry an 索引号; and the 发布机构 named, if any.</summary>
    public static (DocumentMeta? Meta, string Publisher) Read(IEnumerable<string> lines)
    {
        var text = string.Join("\n", lines);
        var publisher = Publisher().Match(text) is { Success: true } p ? p.Groups["v"].Value : "";
        var index = IndexNumber().Match(text);
        if (!index.Success) return (null, publisher);
        var meta = new DocumentMeta { IndexNumber = index.Groups["v"].Value };
        if (DocumentNumber().Match(text) is { Success: true } number) meta.DocumentNumber = number.Groups["v"].Value;
        if (Date().Match(text) is { Success: true } date)
            meta.PublishedOn = $"{date.Groups["y"].Value}-{int.Parse(date.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture):00}-{int.Parse(date.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture):00}";
        if (Subject().Match(text) is { Success: true } subject) meta.Subject = subject.Groups["v"].Value;
        return (meta, publisher);
    }
}

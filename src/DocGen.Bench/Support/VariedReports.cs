using DocGen.Contracts;
using DocGen.Protos.V1;

namespace DocGen.Bench.Support;

/// <summary>
/// Requests made from the fixtures with varied figures, so no two renders are alike: the
/// catalogue counts of table 二 and the outcomes of table 四 change with the index (their totals
/// left out, so completion computes them and every report stays consistent).
/// </summary>
public static class VariedReports
{
    private static readonly string[] Fixtures =
        ["panjin-commerce-2022.json", "minhou-commerce-2020.json", "zhangdian-commerce-2017.json", "synthetic-busy-2023.json"];

    private static readonly Lazy<RenderRequest[]> Templates = new(() =>
        Fixtures.Select(f => RequestJson.ParseRenderRequest(File.ReadAllText(RepoPaths.Fixture(f)))).ToArray());

    public static RenderRequest Busy(int index, params OutputFormat[] formats) => Make(Templates.Value[3], index, formats);

    public static RenderRequest Mixed(int index, params OutputFormat[] formats) => Make(Templates.Value[index % Fixtures.Length], index, formats);

    private static RenderRequest Make(RenderRequest template, int index, OutputFormat[] formats)
    {
        var request = template.Clone();
        request.RequestId = $"{template.RequestId}-{index:D6}";
        request.Formats.Clear();
        request.Formats.AddRange(formats);
        var report = request.Report;
        if (report.ActiveDisclosure2021 is { } a21)
        {
            a21.LicensingDecisions += index % 997;
            a21.PenaltyDecisions += index % 89;
            a21.Rules ??= new DocumentCounts();
            a21.Rules.InForce += index % 13;
        }
        if (report.ActiveDisclosure2019 is { } a19)
        {
            a19.Licensing ??= new ItemCounts2019();
            a19.Licensing.Decisions += index % 997;
        }
        if (report.ReviewLitigation?.AdministrativeReview is { } review)
        {
            review.Upheld += index % 5;
            review.ClearTotal();
        }
        return request;
    }
}

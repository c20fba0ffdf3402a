using DocGen.Contracts;
using DocGen.Protos.V1;
using CrossYearRules = DocGen.Core.Validation.CrossYearRules;
using DomainReport = DocGen.Core.Model.AnnualReport;

namespace DocGen.Cli.Batch;

/// <summary>
/// The cross-year check (<see cref="CrossYearRules"/>: year Y's 上年结转 is year Y−1's
/// 结转下年度继续办理) between the requests of one batch: every readable request whose agency
/// has a report for the year before in the batch is checked against it. It reads the input on its
/// own, whatever the renders did, so a request already up to date still serves as the year
/// before, and a worker's shard is checked against years held by other shards (each pair is
/// reported by the worker holding the later year). Of each report it keeps only its agency, year,
/// edition and 表三, so an archive of thousands of reports stays small.
/// </summary>
public static class CrossYearCheck
{
    public static IReadOnlyList<CrossYearMismatch> Run(IEnumerable<BatchItem> items, BatchShard shard)
    {
        var reports = new List<(string RequestId, DomainReport Report, bool InShard)>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            // As the batch renders them: unreadable requests and a request_id seen before are failures, not reports.
            if (item.Request?.Report is not { } report || !seenIds.Add(OutputStore.SafeName(item.RequestId))) continue;
            reports.Add((item.RequestId, Kept(report), shard.Contains(item.RequestId)));
        }
        var byAgencyAndYear = reports.ToLookup(r => (Agency: r.Report.Agency.Trim(), r.Report.Year));
        var mismatches = new List<CrossYearMismatch>();
        foreach (var (id, report, inShard) in reports.Where(r => r.InShard))
        {
            foreach (var previous in byAgencyAndYear[(report.Agency.Trim(), report.Year - 1)])
            {
                var findings = CrossYearRules.Check(report, previous.Report);
                if (findings.Count > 0)
                    mismatches.Add(new CrossYearMismatch(id, report.Year, previous.RequestId, previous.Report.Year, [.. findings.Select(FindingMapper.ToProto)]));
            }
        }
        return [.. mismatches.OrderBy(m => m.RequestId, StringComparer.Ordinal).ThenBy(m => m.PreviousRequestId, StringComparer.Ordinal)];
    }

    private static DomainReport Kept(AnnualReport report) => ReportMapper.ToDomain(new AnnualReport
    {
        Agency = report.Agency,
        Year = report.Year,
        Edition = report.Edition,
        Applications = report.Applications,
    });
}

/// <summary>A request whose 上年结转 differs from the 结转下年度继续办理 of its agency's request for the year before.</summary>
public sealed record CrossYearMismatch(string RequestId, int Year, string PreviousRequestId, int PreviousYear, IReadOnlyList<Finding> Findings);

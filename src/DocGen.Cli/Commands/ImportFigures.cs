using DocGen.Core.Layout;
using DocGen.Protos.V1;
using CoreEdition = DocGen.Core.Model.Edition;

namespace DocGen.Cli.Commands;

/// <summary>
/// What an import actually read of each national table: a figure counts as read unless a note
/// says it was left out. A table none of whose figures was read was not found: the report has
/// gaps. LEGACY reports have no tables, so no counts and no gaps.
/// </summary>
public sealed record ImportFigures(IReadOnlyList<ImportFigures.Table> Tables)
{
    public sealed record Table(string Name, int Read, int All)
    {
        public bool NotFound => Read == 0 && All > 0;
    }

    private static readonly string[] Names = ["二", "三", "四"];

    public static ImportFigures Of(ImportResponse response)
    {
        var edition = (CoreEdition)(int)response.Edition;
        if (edition is not (CoreEdition.Edition2019 or CoreEdition.Edition2021)) return new([]);
        var missing = response.Notes.Where(n => n.Message.Contains("left out", StringComparison.Ordinal))
            .Select(n => n.Path).ToHashSet(StringComparer.Ordinal);
        var tables = NationalLayout.Tables(edition).Select((layout, i) =>
        {
            var paths = layout.Bindings.Select(b => b.Path).ToList();
            return new Table(Names[i], paths.Count(p => !missing.Contains(p)), paths.Count);
        }).ToList();
        return new(tables);
    }

    public bool HasGaps => Tables.Any(t => t.NotFound);

    /// <summary>"186/200", or "" for a report without national tables.</summary>
    public string Total => Tables.Count == 0 ? "" : $"{Tables.Sum(t => t.Read)}/{Tables.Sum(t => t.All)}";

    /// <summary>"二 10/10 三 160/175 四 15/15".</summary>
    public string PerTable => string.Join(" ", Tables.Select(t => $"{t.Name} {t.Read}/{t.All}"));
}

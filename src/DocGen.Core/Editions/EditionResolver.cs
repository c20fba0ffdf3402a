using DocGen.Core.Model;

namespace DocGen.Core.Editions;

/// <summary>Decides which edition of the national format a report is drawn and checked in.</summary>
public static class EditionResolver
{
    /// <summary>The first year reported in the 2019 trial format (国办公开办函〔2019〕60号).</summary>
    public const int FirstYearOf2019 = 2019;

    /// <summary>The first year reported in the current format (国办公开办函〔2021〕30号).</summary>
    public const int FirstYearOf2021 = 2021;

    /// <summary>The edition the caller named, else the one in force for the report's year.</summary>
    public static Edition Resolve(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Edition != Edition.Unspecified ? report.Edition : ForYear(report.Year);
    }

    public static Edition ForYear(int year) => year switch
    {
        < FirstYearOf2019 => Edition.Legacy2008,
        < FirstYearOf2021 => Edition.Edition2019,
        _ => Edition.Edition2021,
    };

    /// <summary>Whether reports of this edition carry the national tables (and not free sections).</summary>
    public static bool HasNationalTables(Edition edition) =>
        edition is Edition.Edition2019 or Edition.Edition2021;
}

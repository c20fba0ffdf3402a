using DocGen.Core.Model;

namespace DocGen.Core.Editions;

/// <summary>Decides which edition of the national format a report is drawn and checked in.</summary>
public static class EditionResolver
{
    /// <summary>The first year reported in the 2019 trial format (国办公开办函〔2019〕60号).</summary>
    public const int FirstYearOf2019 = 2019;

    /// <summary>The first year reported in the current format (国办公开办函〔2021〕30号).</summary>
    public const int FirstYearOf2021 = 2021;

    /// <summary>The first year any report covers: the 2008 regulation took effect on 2008-05-01.</summary>
    public const int FirstYear = 2008;

    /// <summary>
    /// The edition the caller named, else the one in force for the report's year. Without a
    /// usable year (left out, or before 2008) the blocks the caller filled decide, so that one
    /// missing year is reported once and not again as every table being in the wrong edition.
    /// </summary>
    public static Edition Resolve(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Edition != Edition.Unspecified)
        {
            return report.Edition;
        }
        return report.Year >= FirstYear ? ForYear(report.Year) : FromContent(report);
    }

    public static Edition ForYear(int year) => year switch
    {
        < FirstYearOf2019 => Edition.Legacy2008,
        < FirstYearOf2021 => Edition.Edition2019,
        _ => Edition.Edition2021,
    };

    private static Edition FromContent(AnnualReport report) => report switch
    {
        { ActiveDisclosure2019: not null, ActiveDisclosure2021: null } => Edition.Edition2019,
        { ActiveDisclosure2021: not null } or { Applications: not null } or { ReviewLitigation: not null } => Edition.Edition2021,
        _ => Edition.Legacy2008,
    };

    /// <summary>Whether reports of this edition carry the national tables (and not free sections).</summary>
    public static bool HasNationalTables(Edition edition) =>
        edition is Edition.Edition2019 or Edition.Edition2021;
}

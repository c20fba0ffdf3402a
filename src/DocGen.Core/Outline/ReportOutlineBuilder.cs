using DocGen.Core.Editions;
using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Core.Outline;

/// <summary>Arranges a completed report into what renderers print, in print order.</summary>
public static class ReportOutlineBuilder
{
    /// <param name="completed">A report that went through <see cref="Completion.ReportCompleter"/>.</param>
    public static ReportOutline Build(AnnualReport completed, Edition edition)
    {
        ArgumentNullException.ThrowIfNull(completed);
        var sections = EditionResolver.HasNationalTables(edition)
            ? NationalSections(completed, edition)
            : completed.Sections.Select((s, i) => new OutlineSection(Anchor(i), s.Heading, s.Body, null)).ToArray();
        return new ReportOutline(completed, edition, completed.DisplayTitle, completed.Preamble, sections,
            completed.SignedBy, completed.SignedOn);
    }

    private static OutlineSection[] NationalSections(AnnualReport report, Edition edition)
    {
        var headings = NationalLayout.SectionHeadings;
        return
        [
            new(Anchor(0), headings[0], report.Overview, null),
            new(Anchor(1), headings[1], null, NationalLayout.ActiveDisclosure(edition)),
            new(Anchor(2), headings[2], null, NationalLayout.Applications(edition)),
            new(Anchor(3), headings[3], null, NationalLayout.ReviewLitigation()),
            new(Anchor(4), headings[4], report.Problems, null),
            new(Anchor(5), headings[5], report.OtherMatters, null),
        ];
    }

    private static string Anchor(int index) => $"s{index + 1}";
}

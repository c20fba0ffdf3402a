using System.Text.RegularExpressions;
using DocGen.Contracts;
using DocGen.Core.Completion;
using DocGen.Core.Editions;
using DocGen.Core.Layout;
using P = DocGen.Protos.V1;

namespace DocGen.Import.Tests.Support;

/// <summary>
/// What "imports to the same report" means: agency, year, edition, every cell of tables 二, 三 and
/// 四 as the layout prints it, and the narratives equal after whitespace normalisation. Returns the
/// differences, one a line, so a failing test says which cells.
/// </summary>
internal static partial class SameReport
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public static string Differences(P.AnnualReport expected, P.AnnualReport actual, bool compareMeta = true)
    {
        var e = ReportMapper.ToDomain(expected);
        var a = ReportMapper.ToDomain(actual);
        var diffs = new List<string>();
        void Check(string what, string x, string y)
        {
            if (x != y) diffs.Add($"{what}: expected «{Shorten(x)}», got «{Shorten(y)}»");
        }
        Check("agency", e.Agency, a.Agency);
        Check("year", e.Year.ToString(), a.Year.ToString());
        var edition = EditionResolver.Resolve(e);
        Check("edition", edition.ToString(), EditionResolver.Resolve(a).ToString());
        Check("title", e.DisplayTitle, a.DisplayTitle);
        Check("preamble", Text(e.Preamble), Text(a.Preamble));
        Check("overview", Text(e.Overview), Text(a.Overview));
        Check("problems", Text(e.Problems), Text(a.Problems));
        Check("other_matters", Text(e.OtherMatters), Text(a.OtherMatters));
        Check("signed_by", e.SignedBy, a.SignedBy);
        Check("signed_on", e.SignedOn, a.SignedOn);
        if (compareMeta)
        {
            Check("meta", $"{e.Meta?.IndexNumber}|{e.Meta?.DocumentNumber}|{e.Meta?.PublishedOn}", $"{a.Meta?.IndexNumber}|{a.Meta?.DocumentNumber}|{a.Meta?.PublishedOn}");
        }
        Check("sections", e.Sections.Count.ToString(), a.Sections.Count.ToString());
        foreach (var (x, y) in e.Sections.Zip(a.Sections))
        {
            Check("section heading", x.Heading, y.Heading);
            Check($"section {x.Heading}", Text(x.Body), Text(y.Body));
        }
        if (EditionResolver.HasNationalTables(edition) && EditionResolver.Resolve(a) == edition)
        {
            var ce = ReportCompleter.Complete(e);
            var ca = ReportCompleter.Complete(a);
            foreach (var binding in NationalLayout.Tables(edition).SelectMany(t => t.Bindings))
            {
                Check(binding.Path, binding.Format(ce), binding.Format(ca));
            }
        }
        return string.Join("\n", diffs);
    }

    private static string Text(DocGen.Core.Model.RichText? text) =>
        text is null ? "" : Whitespace().Replace(text.Text.Length > 0 ? text.Text : text.Html, " ").Trim();

    private static string Shorten(string s) => s.Length <= 120 ? s : s[..60] + " … " + s[^60..];
}

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

    // DocGen's PDF prints a link's target after its text, so it comes back as text.
    [GeneratedRegex(@"（(https?|mailto):[^）]*）")]
    private static partial Regex LinkTargets();

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
        if (!SameText(e.Preamble, a.Preamble)) Check("preamble", Text(e.Preamble), Text(a.Preamble));
        if (!SameText(e.Overview, a.Overview)) Check("overview", Text(e.Overview), Text(a.Overview));
        if (!SameText(e.Problems, a.Problems)) Check("problems", Text(e.Problems), Text(a.Problems));
        if (!SameText(e.OtherMatters, a.OtherMatters)) Check("other_matters", Text(e.OtherMatters), Text(a.OtherMatters));
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
            if (!SameText(x.Body, y.Body)) Check($"section {x.Heading}", Text(x.Body), Text(y.Body));
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

    // Narrative sent as html reads back as its visible text: compared without tags, scripts or any whitespace.
    private static string Text(DocGen.Core.Model.RichText? text)
    {
        if (text is null) return "";
        // Chinese text carries no meaning in its whitespace; a PDF's line breaks fall anywhere.
        if (!text.IsHtml) return Whitespace().Replace(text.Text, "");
        var document = new HtmlAgilityPack.HtmlDocument();
        document.LoadHtml(text.Html);
        foreach (var node in document.DocumentNode.Descendants().Where(n => n.Name is "script" or "style").ToList()) node.Remove();
        return Whitespace().Replace(HtmlAgilityPack.HtmlEntity.DeEntitize(document.DocumentNode.InnerText), "");
    }

    private static bool SameText(DocGen.Core.Model.RichText? expected, DocGen.Core.Model.RichText? actual) =>
        expected is { IsHtml: true }
            ? Text(expected) == Whitespace().Replace(actual?.Text ?? "", "") || Text(expected) == LinkTargets().Replace(Whitespace().Replace(actual?.Text ?? "", ""), "")
            : Text(expected) == Text(actual);

    private static string Shorten(string s) => s.Length <= 120 ? s : s[..60] + " … " + s[^60..];
}

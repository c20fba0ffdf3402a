using System.Text;
using DocGen.Core.Model;
using DocGen.Import.Recognition;
using DocGen.Import.Tests.Support;
using Xunit.Abstractions;

namespace DocGen.Import.Tests;

/// <summary>
/// Every document of tests/DocGen.Import.Tests/Corpus (real published reports in the capture forms
/// archives hold; SOURCES.md) imported and scored against its truth file: exact / wrong / missing
/// per document and in total. Wrong must be zero and identity right everywhere; the share exact
/// must not fall below what the corpus reaches today (<see cref="ExactFloorPercent"/>; the issue's
/// target is 97%: the forms that drop blank cells — pdftotext's two text forms and one-line
/// captures whose tables do not print every cell — place a sparse row's figures only where the table's 勾稽 rules, with the columns
/// pdftotext -layout set them at, allow one way, and pdftotext's full tables only where one reading
/// of its bands is left; the rest are left out and noted). A figure
/// the capture does not hold (a crawler's text cut short) is absent, counted apart. A new capture
/// form is a new file <c>&lt;id&gt;.&lt;form&gt;.&lt;ext&gt;</c> beside its report's truth file.
/// </summary>
public sealed class CorpusImportTests(ITestOutputHelper output)
{
    private const int ExactFloorPercent = 90;

    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Corpus");

    private static List<string> Names() =>
        Directory.EnumerateFiles(Root).Where(IsDocument).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names()) data.Add(name);
        return data;
    }

    private static bool IsDocument(string file) => Path.GetExtension(file) is ".html" or ".txt" or ".pdf";

    // Each document is imported once per run, whichever test asks first (a scan's OCR takes seconds a page).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<(CorpusScore Score, string Line, RecognizedReport Imported)>> Scores = new(StringComparer.Ordinal);

    private static (CorpusScore Score, string Line) Score(string name)
    {
        var (score, line, _) = Imported(name);
        return (score, line);
    }

    private static (CorpusScore Score, string Line, RecognizedReport Imported) Imported(string name) => Scores.GetOrAdd(name, n => new(() => Import(n))).Value;

    private static (CorpusScore Score, string Line, RecognizedReport Imported) Import(string name)
    {
        var id = name[..name.IndexOf('.')];
        var truth = CorpusTruth.Load(Path.Combine(Root, id + ".truth.json"));
        var imported = ReportImporter.Import(File.ReadAllBytes(Path.Combine(Root, name)), "", name, Edition.Unspecified, CancellationToken.None);
        var score = CorpusScore.Of(imported, truth);
        return (score, $"{name,-50} exact {score.Exact,3}/{score.All,-3}  wrong {score.Wrong.Count,3}  missing {score.Missing.Count,3}  absent {score.Absent,3}"
            + (score.Identity.Count > 0 ? "  identity: " + string.Join("; ", score.Identity) : "")
            + (imported.Notes.Any(n => n.Message.StartsWith("read by OCR", StringComparison.Ordinal)) ? ReadByOcr : ""), imported);
    }

    private const string ReadByOcr = "  read by OCR";

    /// <summary>The capture form a corpus file is in: what follows its report's id ("pipes.txt", "chromium.pdf", "html").</summary>
    private static string Form(string name) => name[(name.IndexOf('.') + 1)..];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Import_CorpusDocument_ReadsNoFigureWrongAndItsIdentityRight(string name)
    {
        var (score, line) = Score(name);
        output.WriteLine(line);

        Assert.True(score.Wrong.Count == 0, string.Join("\n", score.Wrong));
        Assert.True(score.Identity.Count == 0, string.Join("\n", score.Identity));
        // A scan (no text layer) goes through OCR, and nothing else does.
        Assert.Equal(Form(name) == "scan.pdf", line.EndsWith(ReadByOcr, StringComparison.Ordinal));
    }

    /// <summary>Whole real reports in each capture form: how many of their figures each form gives exactly (the rest left out, noted).</summary>
    [Theory]
    [InlineData("shanghai-gov-office-2019.html", 198)]             // the CMS page, blank cells as &nbsp;
    [InlineData("shanghai-gov-office-2019.cells.txt", 198)]        // line-per-cell text
    [InlineData("shanghai-gov-office-2019.pipes.txt", 198)]        // markdown pipe tables
    [InlineData("shanghai-gov-office-2019.chromium.pdf", 198)]     // browser-printed PDF: blank cells placed by the table's rules
    [InlineData("shanghai-gov-office-2019.layout.txt", 149)]       // pdftotext -layout: sparse rows placed where their columns and the 勾稽 rules allow one way
    [InlineData("shanghai-gov-office-2019.oneline.txt", 14)]       // one-line capture: blank cells vanish, few rows split uniquely
    [InlineData("shanghai-gov-office-2019.pdftotext.txt", 22)]     // pdftotext: table 二 whole (its labels fence its rows); 三 and 四 drop their blank cells
    [InlineData("shuyang-drc-2023.html", 200)]                     // Word markup pasted into a CMS, table 三 blank but for 自然人 and 总计
    [InlineData("shuyang-drc-2023.cells.txt", 200)]
    [InlineData("shuyang-drc-2023.pipes.txt", 200)]
    [InlineData("shuyang-drc-2023.chromium.pdf", 200)]             // a figure set tight against its label, split at the rule
    [InlineData("shuyang-drc-2023.layout.txt", 200)]               // two figures for seven cells: 26 under the upright head 自然人
    [InlineData("shuyang-drc-2023.oneline.txt", 161)]
    [InlineData("shuyang-drc-2023.pdftotext.txt", 172)]            // tables 二 and 四 whole (every cell filled); 三 drops its blank cells
    [InlineData("huaian-hongze-2024.wps.pdf", 186)]                // the published WPS PDF
    [InlineData("huaian-hongze-2024.layout.txt", 186)]             // every cell filled: column-aligned text reads whole
    [InlineData("huaian-hongze-2024.pdftotext.txt", 186)]          // WPS's text in bands, row by row or column by column: every table whole
    [InlineData("huaian-gov-2024.pdftotext.txt", 185)]             // WPS's text in bands; table 四's groups written out of order, left out
    [InlineData("huaian-gov-2024.scan.pdf", 190)]                  // its pages rasterised at 200 dpi (grey JPEG) and wrapped: read by OCR (rows read badly read again cell by cell), kept where totals and 勾稽 confirm
    [InlineData("pingtan-gov-2019.text.txt", 179)]                 // a crawler's one line: 三 and 四 print every cell; 二 has no totals to split its runs by
    [InlineData("pingtan-gov-2020.text.txt", 179)]                 // its table 三 does not balance (总计 20, results 26): read on its own runs' evidence
    [InlineData("pingtan-gov-2021.text.txt", 197)]                 // every cell printed: each run exactly its cells; 行政规范性文件 693665 splits several ways
    [InlineData("pingtan-gov-2022.text.txt", 197)]                 // its heading 四 misprinted (行政法复议), found one character off
    [InlineData("pingtan-gov-2023.text.txt", 197)]
    [InlineData("pingtan-gov-2024.text.txt", 197)]
    [InlineData("shanghai-stcsm-2024.markdown.txt", 200)]          // a converter's rows cut from their labels, placed in the gaps between labelled rows
    [InlineData("shuyang-county-2025.markdown.txt", 200)]          // table 四 as three small tables, each under its own head
    public void Import_CaptureForm_ReadsItsShareExactlyAndNothingWrong(string name, int exact)
    {
        var (score, line) = Score(name);
        output.WriteLine(line);

        Assert.Equal((exact, 0), (score.Exact, score.Wrong.Count));
    }

    /// <summary>
    /// The scan's rows the page's OCR read badly (table 三's （二）部分公开 <c>447 7 0 0 0 0 454</c> read as
    /// <c>和 &gt; 和 人</c>, table 四's row with <c>35$1</c> in it) are read again cell by cell as digits; what
    /// that reads is kept because the rows' 总计 and table 三's column 勾稽 confirm it, and the notes say so.
    /// </summary>
    [Fact]
    public void Import_Scan_RowsReadBadlyAreReadAgainCellByCellAndKeptWhereTheTotalsConfirm()
    {
        const string name = "huaian-gov-2024.scan.pdf";
        var (score, line, imported) = Imported(name);
        output.WriteLine(line);
        foreach (var note in imported.Notes) output.WriteLine($"{note.Path} | {note.Found} | {note.Where} | {note.Message}");
        var truth = CorpusTruth.Load(Path.Combine(Root, "huaian-gov-2024.truth.json"));
        var leftOut = imported.Notes.Where(n => n.Message.Contains("left out", StringComparison.Ordinal)).Select(n => n.Path).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(score.Wrong);
        string[] reread = [.. truth.Figures.Keys.Where(k => k.StartsWith("applications.partially_disclosed.", StringComparison.Ordinal)
            || k.StartsWith("review_litigation.administrative_review.", StringComparison.Ordinal))];
        Assert.Equal(12, reread.Length);
        Assert.DoesNotContain(reread, leftOut.Contains);
        Assert.Contains(imported.Notes, n => n.Message.Contains("read again one by one as digits", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_WholeCorpus_ReadsNothingWrongAndNoLessThanTheFloorExact()
    {
        var report = new StringBuilder();
        var forms = new SortedDictionary<string, (int Documents, int Exact, int All, int Wrong, int Missing, int Absent)>(StringComparer.Ordinal);
        var reports = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in Names())
        {
            var (score, line) = Score(name);
            report.AppendLine(line);
            reports.Add(name[..name.IndexOf('.')]);
            var f = forms.GetValueOrDefault(Form(name));
            forms[Form(name)] = (f.Documents + 1, f.Exact + score.Exact, f.All + score.All, f.Wrong + score.Wrong.Count, f.Missing + score.Missing.Count, f.Absent + score.Absent);
        }
        foreach (var (form, f) in forms)
            report.AppendLine($"form {form,-14} documents {f.Documents,2}  exact {f.Exact,4}/{f.All,-4} ({Percent(f.Exact, f.All)})  wrong {f.Wrong}  missing {f.Missing}  absent {f.Absent}");
        int exact = forms.Values.Sum(f => f.Exact), all = forms.Values.Sum(f => f.All), wrong = forms.Values.Sum(f => f.Wrong), missing = forms.Values.Sum(f => f.Missing);
        report.AppendLine($"total: {reports.Count} reports in {forms.Values.Sum(f => f.Documents)} documents, exact {exact}/{all} ({Percent(exact, all)}), wrong {wrong}, missing {missing}, absent {forms.Values.Sum(f => f.Absent)}");
        output.WriteLine(report.ToString());

        Assert.True(wrong == 0 && exact * 100 >= ExactFloorPercent * all, report.ToString());
    }

    private static string Percent(int part, int all) => all == 0 ? "-" : $"{100.0 * part / all:0.0}%";
}

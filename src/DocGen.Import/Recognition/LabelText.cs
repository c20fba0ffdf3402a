using System.Text;
using DocGen.Core.Layout;
using CoreEdition = DocGen.Core.Model.Edition;

namespace DocGen.Import.Recognition;

/// <summary>
/// Text as compared with the national layout's labels: NFKC folds full-width brackets, colons,
/// digits and spaces to their ASCII forms, then every space goes (Word pastes split labels such
/// as "商业 企业" and "（三） 不予公开"); an angle bracket 〈〉 is read as a bracket.
/// </summary>
public static class LabelText
{
    private const int MaxDroppedPrefix = 4;

    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            // OCR reads a bracket as an angle bracket (〈七)总计 in the scan of 淮安市 2024); no label holds one.
            if (!char.IsWhiteSpace(c) && c != '\u200b' && c != '\ufeff') builder.Append(c switch { '\u3008' => '(', '\u3009' => ')', _ => c });
        }
        // Sub-rows numbered "1、" as well as "1." (（六）其他处理's 1、2、3、): one enumerator form.
        if (builder.Length >= 2 && char.IsAsciiDigit(builder[0]) && builder[1] == '、') builder[1] = '.';
        return builder.ToString();
    }

    /// <summary>
    /// Whether <paramref name="found"/> names the layout's <paramref name="label"/>: the same text,
    /// or the label's tail of at least four characters (规范性文件 for 行政规范性文件, 予以公开
    /// for （一）予以公开) whose dropped head is at most an enumerator or a word — short tails such
    /// as 总计 or 其他, and the last line of a label a PDF broke, are not the label.
    /// </summary>
    public static bool Matches(string found, string label) => NormalMatches(Normalize(found), Normalize(label));

    /// <summary><see cref="Matches"/> for texts already normalised.</summary>
    public static bool NormalMatches(string f, string l)
    {
        if (f.Length == 0) return false;
        return f == l || (f.Length >= 4 && l.Length - f.Length <= MaxDroppedPrefix && l.EndsWith(f, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether <paramref name="found"/> is the label's beginning, long enough to be unmistakable:
    /// a PDF breaks a long label over lines inside its cell.
    /// </summary>
    public static bool StartsLabel(string found, string label) => NormalStartsLabel(Normalize(found), Normalize(label));

    /// <summary><see cref="StartsLabel"/> for texts already normalised.</summary>
    public static bool NormalStartsLabel(string f, string l) => f.Length >= 6 && f.Length < l.Length && l.StartsWith(f, StringComparison.Ordinal);

    private static readonly Lazy<string[]> RowLabels = new(() =>
        new[] { CoreEdition.Edition2019, CoreEdition.Edition2021 }
            .SelectMany(NationalLayout.Tables)
            .SelectMany(t => t.Rows).SelectMany(r => r.Cells)
            .Where(c => c.Role == CellRole.RowHeader && c.Text.Length > 0)
            .Select(c => Normalize(c.Text)).Distinct(StringComparer.Ordinal).ToArray());

    /// <summary>Whether a line is one of the national tables' row labels, however it is punctuated.</summary>
    public static bool IsRowLabel(string text)
    {
        var f = Normalize(text);
        return RowLabels.Value.Any(l => NormalMatches(f, l));
    }

    /// <summary>
    /// Whether a line is one of the national tables' row labels or the beginning of one, however it
    /// is punctuated ("（二）部分公开（区分处理的，只计这一情 形，不" broken by pdftotext -layout).
    /// </summary>
    public static bool IsRowLabelOrItsStart(string text)
    {
        var f = Normalize(text);
        return RowLabels.Value.Any(l => NormalMatches(f, l) || NormalStartsLabel(f, l));
    }
}

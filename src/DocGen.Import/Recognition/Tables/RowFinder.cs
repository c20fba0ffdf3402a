using DocGen.Import.Document;

namespace DocGen.Import.Recognition.Tables;

/// <summary>
/// Where a row's figures start among a table's cells: after its label (joined back when a PDF
/// splits it over lines), after a misprinted label, after a group printed as one row, or at the
/// first figure for the row without a label.
/// </summary>
public static class RowFinder
{
    public static int FirstFigure(TableContext table, int from)
    {
        var values = table.Values;
        for (var i = from; i < values.Length; i++)
        {
            if (values[i].Kind is CellValueKind.Number or CellValueKind.NotApplicable) return i;
        }
        return -1;
    }

    /// <summary>The cell after the label's, or -1. A label split over cells (a PDF's lines) is joined back.</summary>
    public static int FindLabel(TableContext table, int from, string label)
    {
        var (cells, normal, budget) = (table.Cells, table.Normal, table.Budget);
        var normalLabel = LabelText.Normalize(label);
        for (var i = from; i < cells.Count; i++)
        {
            budget.Check();
            // In a one-line capture the label ends a run of text (…对外公开总数量规章) and the row's digits follow.
            if (i + 1 < cells.Count && cells[i + 1].RunTogether && normal[i].EndsWith(normalLabel, StringComparison.Ordinal))
                return i + 1;
            var text = FromLabelStart(normal[i], normalLabel);
            if (LabelText.NormalMatches(text, normalLabel)) return i + 1;
            if (!LabelText.NormalStartsLabel(text, normalLabel)) continue;
            // Join following text cells until the label is whole. Between its pieces may sit the
            // row's figures (set mid-height) and pieces of a neighbouring cell (a group label set
            // beside it); those are passed over.
            var joined = text;
            var figuresAt = -1;
            var passed = 0;
            for (var j = i + 1; j < cells.Count && j < i + 40 && passed <= 6; j++)
            {
                var value = table.Values[j];
                if (value.Kind != CellValueKind.Text)
                {
                    if (figuresAt < 0 && value.Kind != CellValueKind.Empty) figuresAt = j;
                    continue;
                }
                var candidate = joined + cells[j].Text;
                if (LabelText.Matches(candidate, label)) return figuresAt >= 0 ? figuresAt : j + 1;
                if (LabelText.StartsLabel(candidate, label)) joined = candidate;
                else passed++;
            }
            return figuresAt >= 0 ? figuresAt : i + 1;
        }
        return -1;
    }

    /// <summary>
    /// A one-cell row whole on its own line (its label, its figure, and the next cell starts another
    /// row), anywhere before <paramref name="to"/>: a converter may set such rows as text lines before
    /// the table they belong to ("行政许可 97"). Returns the cell after the label, or -1.
    /// </summary>
    public static int FindLineRow(TableContext table, int to, string label)
    {
        var (cells, values) = (table.Cells, table.Values);
        var normalLabel = LabelText.Normalize(label);
        for (var i = 0; i + 1 < to && i + 1 < cells.Count; i++)
        {
            table.Budget.Check();
            if (cells[i].StartsRow && values[i + 1].Kind == CellValueKind.Number && cells[i + 1].Where == cells[i].Where
                && (i + 2 >= cells.Count || cells[i + 2].StartsRow) && LabelText.NormalMatches(table.Normal[i], normalLabel))
                return i + 1;
        }
        return -1;
    }

    /// <summary>Where the search for a row that was not found stops: the next row whose label is found, or the end.</summary>
    public static int WindowEnd(TableContext table, List<ValueRow> rows, int r, int cursor)
    {
        for (var next = r + 1; next < rows.Count; next++)
        {
            if (rows[next].Label is { } label && FindLabel(table, cursor, label) is var at and >= 0) return at - 1;
        }
        return table.Cells.Count;
    }

    /// <summary>
    /// A label misprinted in the published table (2.其他法律行政止公开 for 2.其他法律行政法规禁止公开):
    /// same enumerator, most of the label's characters in order; or a long label misread by a character
    /// or two and broken over lines (<see cref="Joined"/>). Returns the cell after it, or -1.
    /// </summary>
    public static int FindMisprinted(TableContext table, int from, int to, string label, out string printed)
    {
        printed = "";
        var expected = LabelText.Normalize(label);
        var mark = expected.IndexOfAny(['.', '、', ')']) + 1;
        if (mark <= 0) return -1;
        for (var i = from; i < to && i < table.Cells.Count; i++)
        {
            table.Budget.Check();
            var text = table.Normal[i];
            if (text.Length < mark + 2 || !text.StartsWith(expected[..mark], StringComparison.Ordinal)) continue;
            if (Similarity.CommonSubsequence(text[mark..], expected[mark..]) >= 0.6 * (expected.Length - mark)
                && text.Length <= expected.Length + 4)
            {
                printed = table.Cells[i].Text;
                return i + 1;
            }
            if (Joined(table, i, to, expected, mark, out printed) is var at and >= 0) return at;
        }
        printed = "";
        return -1;
    }

    /// <summary>Labels this long are matched across lines with a character or two misread; shorter ones only whole.</summary>
    private const int MinJoinedLabel = 12;

    /// <summary>
    /// A long label broken over lines with a character or two misread (OCR's 1、申请人无正当理由诊期不补 /
    /// 正、行政机关不再处理其政府信 / 息公开申请 for …逾期不补正…): pieces joined while each keeps the text
    /// within two characters of the label's start, until it is the label but for at most two characters.
    /// The cell of the row's first figure (set between the pieces) or after the last piece, or -1.
    /// </summary>
    private static int Joined(TableContext table, int i, int to, string expected, int mark, out string printed)
    {
        printed = "";
        if (expected.Length - mark < MinJoinedLabel) return -1;
        var joined = table.Normal[i];
        var raw = table.Cells[i].Text;
        var figuresAt = -1;
        var passed = 0;
        for (var j = i + 1; j < to && j < table.Cells.Count && j < i + 40 && passed <= 6; j++)
        {
            var value = table.Values[j];
            if (value.Kind != CellValueKind.Text)
            {
                if (figuresAt < 0 && value.Kind != CellValueKind.Empty) figuresAt = j;
                continue;
            }
            var candidate = joined + table.Normal[j];
            if (candidate.Length > expected.Length + 2
                || Similarity.CommonSubsequence(candidate[mark..], expected[mark..Math.Min(expected.Length, candidate.Length + 2)]) < candidate.Length - mark - 2)
            {
                passed++;
                continue;
            }
            joined = candidate;
            raw += table.Cells[j].Text;
            if (joined.Length >= expected.Length - 2 && Similarity.CommonSubsequence(joined[mark..], expected[mark..]) >= expected.Length - mark - 2)
            {
                printed = raw;
                return figuresAt >= 0 ? figuresAt : j + 1;
            }
        }
        return -1;
    }

    /// <summary>The cell after a group label followed at once by figures, or -1.</summary>
    public static int CollapsedGroup(TableContext table, int from, int to, string group)
    {
        var (normal, values) = (table.Normal, table.Values);
        var normalGroup = LabelText.Normalize(group);
        for (var i = from; i < to && i < normal.Length - 1; i++)
        {
            table.Budget.Check();
            if (LabelText.NormalMatches(normal[i], normalGroup) && values[i + 1].Kind is CellValueKind.Number or CellValueKind.NotApplicable) return i + 1;
        }
        return -1;
    }

    /// <summary>
    /// A group label set close beside its row's label runs into it on a PDF line when the gap is
    /// narrower than a character (不予处理4.无正当理由大量反复): the text from where the label starts.
    /// Both are normalised (<see cref="LabelText.Normalize"/>).
    /// </summary>
    private static string FromLabelStart(string t, string l)
    {
        if (l.Length < 3) return t;
        var at = t.AsSpan().IndexOf(l.AsSpan(0, 3), StringComparison.Ordinal);
        return at > 0 ? t[at..] : t;
    }
}

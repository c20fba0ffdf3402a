using System.Globalization;
using System.Text;

namespace DocGen.Import.Reading.Scans;

/// <summary>
/// Tesseract's TSV output (level, page, block, paragraph, line, word, left, top, width, height,
/// confidence, text) → the words as <see cref="PageGlyph"/>s in points, y upwards. A word's baseline
/// and size are its line's (the median of the line's words), so figures and labels of one table row
/// fall on one line as a PDF's letters do.
/// </summary>
internal static class TesseractTsv
{
    private const int WordLevel = 5;

    /// <summary>What a table's rules leave in OCR: a bar read before or after a figure ("|859").</summary>
    private static readonly char[] RuleMarks = ['|', '｜', '丨', '[', ']', '【', '】'];

    /// <summary>Quotes read beside a figure are specks or a rule's end ("”3"), never part of it.</summary>
    private static readonly char[] QuoteMarks = ['“', '”', '"', '\'', '‘', '’', '`'];

    /// <summary>
    /// Punctuation whose ink sits at one side of its square: Tesseract's box is the ink, a PDF letter's
    /// the square, so these are widened to it by half a character or a cell would end after （七）.
    /// </summary>
    private const string Closing = ")）、，。：；”’》", Opening = "(（“‘《";

    public sealed record Word(string Text, int Left, int Top, int Width, int Height, int Line);

    public static List<Word> Words(byte[] tsv, ImportBudget budget)
    {
        var words = new List<Word>();
        var lineKeys = new Dictionary<(int, int, int, int), int>();
        var text = Encoding.UTF8.GetString(tsv);
        var at = 0;
        var lineNumber = 0;
        Span<Range> fields = stackalloc Range[13];
        while (at < text.Length)
        {
            var end = text.IndexOf('\n', at);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(at, end - at).TrimEnd('\r');
            at = end + 1;
            if (lineNumber++ == 0) continue;
            budget.Check();
            if (line.Split(fields, '\t') < 12) continue;
            if (!Int(line[fields[0]], out var level) || level != WordLevel) continue;
            var value = line[fields[11]].Trim().Trim(RuleMarks).Trim();
            if (value.IndexOfAnyInRange('0', '9') >= 0) value = value.Trim(QuoteMarks);
            if (value.IsEmpty) continue;
            if (!Int(line[fields[1]], out var page) || !Int(line[fields[2]], out var block) || !Int(line[fields[3]], out var paragraph)
                || !Int(line[fields[4]], out var lineInParagraph) || !Int(line[fields[6]], out var left) || !Int(line[fields[7]], out var top)
                || !Int(line[fields[8]], out var width) || !Int(line[fields[9]], out var height) || width <= 0 || height <= 0)
                continue;
            var key = (page, block, paragraph, lineInParagraph);
            if (!lineKeys.TryGetValue(key, out var lineId)) lineKeys[key] = lineId = lineKeys.Count;
            budget.CountBlock();
            words.Add(new Word(value.ToString(), left, top, width, height, lineId));
        }
        return words;
    }

    /// <summary>The words in points on a page <paramref name="imageHeight"/> pixels tall scanned at <paramref name="dpi"/>.</summary>
    public static List<PageGlyph> Glyphs(List<Word> words, int imageHeight, double dpi)
    {
        var scale = 72.0 / dpi;
        var glyphs = new List<PageGlyph>(words.Count);
        foreach (var line in words.GroupBy(w => w.Line))
        {
            var bottom = Median(line.Select(w => w.Top + w.Height));
            var height = Median(line.Select(w => w.Height));
            foreach (var word in line)
            {
                var left = word.Left - (Opening.Contains(word.Text[0], StringComparison.Ordinal) ? height / 2 : 0);
                var right = word.Left + word.Width + (Closing.Contains(word.Text[^1], StringComparison.Ordinal) ? height / 2 : 0);
                glyphs.Add(new PageGlyph(word.Text, left * scale, right * scale, (imageHeight - bottom) * scale, height * scale));
            }
        }
        return glyphs;
    }

    private static double Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2.0;
    }

    private static bool Int(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}

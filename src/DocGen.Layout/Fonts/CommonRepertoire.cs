using System.Text;
using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Layout.Fonts;

/// <summary>
/// The characters a compact face keeps (<see cref="CompactFaceCutter"/>): every character of
/// GB 2312 — what government text is written in — plus Latin-1, general punctuation, CJK symbols
/// and punctuation, full-width forms and every character of the national tables' and headings'
/// fixed labels. A report using anything else (镕, 堃, 喆, 玥) draws those few with the full face.
/// <see cref="Frequent"/> is the narrower repertoire of the title and heading faces.
/// </summary>
internal static class CommonRepertoire
{
    private static readonly (int First, int Last)[] Blocks =
    [
        (0x0020, 0x00FF), // ASCII and Latin-1
        (0x2000, 0x206F), // general punctuation
        (0x3000, 0x303F), // CJK symbols and punctuation
        (0xFF00, 0xFFEF), // half- and full-width forms
    ];

    /// <summary>The repertoire's code points, ascending, each once.</summary>
    public static IReadOnlyList<int> CodePoints { get; } = Build(Gb2312(FirstRow, LastRow));

    /// <summary>
    /// The same blocks and fixed labels with GB 2312's symbol rows (1–3) and its first level of
    /// characters only (rows 16–55, the 3,755 in everyday use), not the rarer second level, kana,
    /// Greek, Cyrillic, pinyin or box drawing. The title and heading faces are cut to it: every
    /// render embeds a subset of each, and PDFsharp writes an hmtx and a loca entry for every glyph
    /// of the cut it subsets, so 4.4k glyphs instead of 7.6k cost each render less; a heading or
    /// title character outside it is drawn with the face's <see cref="CodePoints"/> cut.
    /// </summary>
    public static IReadOnlyList<int> Frequent { get; } = Build(Gb2312(FirstRow, SymbolsLastRow).Concat(Gb2312(Level1FirstRow, Level1LastRow)));

    private const int FirstRow = 0xA1, SymbolsLastRow = 0xA3, Level1FirstRow = 0xB0, Level1LastRow = 0xD7, LastRow = 0xF7;

    private static int[] Build(IEnumerable<int> gb2312)
    {
        var set = new SortedSet<int>();
        foreach (var (first, last) in Blocks)
            for (var cp = first; cp <= last; cp++) set.Add(cp);
        set.UnionWith(gb2312);
        foreach (var text in FixedLabels())
            foreach (var rune in text.EnumerateRunes()) set.Add(rune.Value);
        return [.. set];
    }

    /// <summary>
    /// GB 2312's characters: its two-byte codes (EUC-CN, rows and cells 0xA1–0xFE) decoded with
    /// code page 936, which is GB 2312's superset GBK. GBK maps GB 2312's empty rows and cells to the
    /// private use area; those are left out.
    /// </summary>
    private static List<int> Gb2312(int firstRow, int lastRow)
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)
            ?? throw new InvalidOperationException("code page 936 (GBK) is missing from CodePagesEncodingProvider");
        Span<byte> code = stackalloc byte[2];
        Span<char> decoded = stackalloc char[2];
        var found = new List<int>();
        for (var row = firstRow; row <= lastRow; row++)
        {
            for (var cell = 0xA1; cell <= 0xFE; cell++)
            {
                code[0] = (byte)row;
                code[1] = (byte)cell;
                if (gbk.GetChars(code, decoded) != 1) continue;
                var c = decoded[0];
                if (c is '\uFFFD' or '?' || char.IsSurrogate(c) || c is >= '\uE000' and <= '\uF8FF') continue;
                found.Add(c);
            }
        }
        return found;
    }

    private static IEnumerable<string> FixedLabels()
    {
        foreach (var heading in NationalLayout.SectionHeadings) yield return heading;
        foreach (var edition in (Edition[])[Edition.Edition2019, Edition.Edition2021])
        {
            foreach (var table in NationalLayout.Tables(edition))
            {
                yield return table.Caption;
                foreach (var cell in table.Rows.SelectMany(r => r.Cells)) yield return cell.Text;
            }
        }
    }
}

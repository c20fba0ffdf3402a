using System.Text;
using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Layout.Fonts;

/// <summary>
/// The characters a compact face keeps (<see cref="CompactFaceCutter"/>): every character of
/// GB 2312 — what government text is written in — plus Latin-1, general punctuation, CJK symbols
/// and punctuation, full-width forms and every character of the national tables' and headings'
/// fixed labels. A report using anything else (镕, 堃, 喆, 玥) draws those few with the full face.
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
    public static IReadOnlyList<int> CodePoints { get; } = Build();

    private static int[] Build()
    {
        var set = new SortedSet<int>();
        foreach (var (first, last) in Blocks)
            for (var cp = first; cp <= last; cp++) set.Add(cp);
        set.UnionWith(Gb2312());
        foreach (var text in FixedLabels())
            foreach (var rune in text.EnumerateRunes()) set.Add(rune.Value);
        return [.. set];
    }

    /// <summary>
    /// GB 2312's characters: its two-byte codes (EUC-CN, rows and cells 0xA1–0xFE) decoded with
    /// code page 936, which is GB 2312's superset GBK. GBK maps GB 2312's empty rows and cells to the
    /// private use area; those are left out.
    /// </summary>
    private static IEnumerable<int> Gb2312()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)
            ?? throw new InvalidOperationException("code page 936 (GBK) is missing from CodePagesEncodingProvider");
        Span<byte> code = stackalloc byte[2];
        Span<char> decoded = stackalloc char[2];
        var found = new List<int>();
        for (var row = 0xA1; row <= 0xF7; row++)
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

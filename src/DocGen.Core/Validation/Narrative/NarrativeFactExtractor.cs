using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.RegularExpressions;
using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Core.Text;

namespace DocGen.Core.Validation.Narrative;

/// <summary>
/// Reads the figures a narrative states about table cells, by the phrases of
/// <see cref="NarrativePhrases"/>. A figure counts only when nothing casts doubt on it: it follows
/// its phrase closely in the same clause, carries a unit of the right kind, is not relative
/// (同比增长5%, 减少3件) or approximate (400余起, 约), and is not about a part the table lacks
/// (其中网上申请…). Anything less certain yields no fact: a wrong warning costs the reader more
/// than a missed one.
/// </summary>
public static partial class NarrativeFactExtractor
{
    // Between a phrase and its figure: a few characters ("共计", "数量为"), never a figure.
    private const int MaxGap = 12;

    private static readonly ConcurrentDictionary<Edition, CompiledPhrase[]> Compiled = new();

    // A sentence states a figure only if it holds one of these: a digit, a negation's 未/没/无, or a unit (a figure in
    // Chinese numerals is read only with its unit). Long narratives mostly hold none, so they are skipped 32
    // characters at a time where the processor allows (SearchValues' probabilistic map is slow on CJK text, whose
    // characters share their bytes with these); a table answers per character.
    private const string CjkTriggers = "未没无件条项宗个起份元";
    private static readonly bool[] IsTrigger = BuildTriggers();
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？!?\n");

    private sealed record CompiledPhrase(NarrativePhrase Phrase, Regex Cue, Regex? Context, Regex? Negated);

    public static IReadOnlyList<NarrativeFact> Extract(string text, Edition edition)
    {
        var facts = new List<NarrativeFact>();
        if (string.IsNullOrEmpty(text) || !EditionHasTables(edition)) return facts;
        var phrases = Compiled.GetOrAdd(edition, Compile);
        var span = text.AsSpan();
        var from = 0;
        while (from < text.Length)
        {
            var hit = NextTrigger(span, from);
            if (hit < 0) break;
            var start = from + span[from..hit].LastIndexOfAny(SentenceEnds) + 1;
            var length = span[hit..].IndexOfAny(SentenceEnds);
            var end = length < 0 ? text.Length : hit + length;
            var sentence = text[start..end];
            foreach (Match clause in Clause().Matches(sentence))
            {
                ReadClause(sentence, clause, phrases, facts);
            }
            from = end + 1;
        }
        return facts;
    }

    /// <summary>Whether <paramref name="text"/> could state a figure at all (a cheap test before any reading).</summary>
    public static bool MayStateFigure(ReadOnlySpan<char> text) => NextTrigger(text, 0) >= 0;

    private static int NextTrigger(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        if (Vector512.IsHardwareAccelerated && text.Length - from >= Vector512<ushort>.Count)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var digit = Vector512.Create((ushort)'0');
            var wideDigit = Vector512.Create((ushort)'０');
            var ten = Vector512.Create((ushort)10);
            var c0 = Vector512.Create((ushort)'未');
            var c1 = Vector512.Create((ushort)'没');
            var c2 = Vector512.Create((ushort)'无');
            var c3 = Vector512.Create((ushort)'件');
            var c4 = Vector512.Create((ushort)'条');
            var c5 = Vector512.Create((ushort)'项');
            var c6 = Vector512.Create((ushort)'宗');
            var c7 = Vector512.Create((ushort)'个');
            var c8 = Vector512.Create((ushort)'起');
            var c9 = Vector512.Create((ushort)'份');
            var c10 = Vector512.Create((ushort)'元');
            for (; i <= text.Length - Vector512<ushort>.Count; i += Vector512<ushort>.Count)
            {
                // Each trigger held in a register: the loop loads nothing but the text.
                var block = Vector512.LoadUnsafe(ref start, (nuint)i);
                var found = Vector512.LessThan(block - digit, ten) | Vector512.LessThan(block - wideDigit, ten)
                    | Vector512.Equals(block, c0)
                    | Vector512.Equals(block, c1)
                    | Vector512.Equals(block, c2)
                    | Vector512.Equals(block, c3)
                    | Vector512.Equals(block, c4)
                    | Vector512.Equals(block, c5)
                    | Vector512.Equals(block, c6)
                    | Vector512.Equals(block, c7)
                    | Vector512.Equals(block, c8)
                    | Vector512.Equals(block, c9)
                    | Vector512.Equals(block, c10);
                if (found != Vector512<ushort>.Zero) break;
            }
        }
        var table = IsTrigger;
        for (; i < text.Length; i++)
            if (table[text[i]]) return i;
        return -1;
    }

    private static bool[] BuildTriggers()
    {
        var table = new bool[char.MaxValue + 1];
        foreach (var c in "0123456789０１２３４５６７８９" + CjkTriggers) table[c] = true;
        return table;
    }

    private static bool EditionHasTables(Edition edition) => edition is Edition.Edition2019 or Edition.Edition2021;

    private static CompiledPhrase[] Compile(Edition edition) =>
        [.. NarrativePhrases.For(edition).Select(p => new CompiledPhrase(p,
            new Regex(p.Cue, RegexOptions.CultureInvariant),
            p.Context is null ? null : new Regex(p.Context, RegexOptions.CultureInvariant),
            p.Negation is null ? null : new Regex($"(?:未|没有|无)(?:收到|接到|受理|发生|出现|产生|提起|被|因|涉及)[^，。；0-9０-９]{{0,30}}?{p.Negation}", RegexOptions.CultureInvariant)))];

    private static void ReadClause(string sentence, Match clause, CompiledPhrase[] phrases, List<NarrativeFact> facts)
    {
        var text = clause.Value;
        var readable = Figure().Matches(text).Select(f => (Figure: f, Value: ReadFigure(f))).Where(f => f.Value is not null).ToList();
        if (readable.Count == 0)
        {
            ReadNegation(sentence, clause, phrases, facts);
            return;
        }
        foreach (var (figure, read) in readable)
        {
            var value = read!.Value;
            var chosen = Choose(sentence, text, figure, value.Kind, phrases);
            if (chosen is null) continue;
            var (phrase, cueStart) = chosen.Value;
            var cells = Scope(phrase.Phrase, text[..figure.Index]);
            if (cells is null) continue;
            facts.Add(new NarrativeFact(phrase.Phrase, cells, value.Figure, sentence,
                clause.Index + cueStart, clause.Index + figure.Index + figure.Length));
        }
    }

    /// <summary>The figure and what it measures; null when it is a percentage, approximate, or without a unit that says.</summary>
    private static (decimal Figure, FigureKind? Kind)? ReadFigure(Match figure)
    {
        var unit = figure.Groups["unit"].Value;
        if (unit is "%" or "％" || figure.Groups["approx"].Success) return null;
        var number = figure.Groups["number"].Value;
        decimal value;
        if (char.IsAsciiDigit(number[0]) || number[0] is >= '０' and <= '９')
        {
            if (!ChineseNumerals.TryParseArabic(number, out value)) return null;
        }
        else
        {
            // A Chinese numeral without a unit is a word (一是, 十四五), never a figure.
            if (unit.Length == 0 || !ChineseNumerals.TryParse(number, out var whole)) return null;
            value = whole;
        }
        return unit switch
        {
            "万元" => (value, FigureKind.AmountWanYuan),
            "元" => (value / 10000m, FigureKind.AmountWanYuan),
            "" => (value, null),
            _ when value != decimal.Truncate(value) => null,
            _ => (value, FigureKind.Count),
        };
    }

    /// <summary>
    /// The phrase a figure belongs to: one whose cue ends shortly before it with nothing between but
    /// a few plain words. An outcome (予以公开) outranks a general word (答复); otherwise the nearest
    /// cue wins; two different cells equally near leave the figure unread.
    /// </summary>
    private static (CompiledPhrase Phrase, int CueStart)? Choose(string sentence, string clause, Match figure, FigureKind? kind, CompiledPhrase[] phrases)
    {
        (CompiledPhrase Phrase, int CueStart, int CueEnd)? best = null;
        var tied = false;
        foreach (var phrase in phrases)
        {
            // Without a unit, only a figure right after its phrase, ending the clause ("部分公开67，"), is read.
            if (kind is null ? phrase.Phrase.Kind != FigureKind.Count : kind != phrase.Phrase.Kind) continue;
            Match? cue = null;
            for (var m = phrase.Cue.Match(clause, 0, figure.Index); m.Success; m = m.NextMatch()) cue = m;
            if (cue is null) continue;
            var gap = clause.AsSpan(cue.Index + cue.Length, figure.Index - cue.Index - cue.Length);
            if (gap.Length > MaxGap || Doubt().IsMatch(gap.ToString())) continue;
            if (kind is null && (gap.Length > 0 || figure.Index + figure.Length < clause.TrimEnd().Length)) continue;
            if (phrase.Context is not null && !phrase.Context.IsMatch(sentence)) continue;
            var candidate = (phrase, cue.Index, cue.Index + cue.Length);
            if (best is null || Outranks(candidate, best.Value))
            {
                best = candidate;
                tied = false;
            }
            else if (!Outranks(best.Value, candidate) && best.Value.Phrase.Phrase.Cells != phrase.Phrase.Cells)
            {
                tied = true;
            }
        }
        if (best is null || tied) return null;
        // "予以公开及部分公开258件" states the sum of two outcomes: no one cell holds it.
        if (best.Value.Phrase.Phrase.Specific && Joined().IsMatch(clause.AsSpan(0, best.Value.CueStart).ToString())) return null;
        return (best.Value.Phrase, best.Value.CueStart);
    }

    private static bool Outranks((CompiledPhrase Phrase, int Start, int End) a, (CompiledPhrase Phrase, int Start, int End) b) =>
        a.Phrase.Phrase.Specific != b.Phrase.Phrase.Specific ? a.Phrase.Phrase.Specific : a.End > b.End;

    /// <summary>
    /// The cells a figure is about, given the words before it in its clause: a part by applicant
    /// (其中自然人…) moves a 总计 to that column; any other part (其中通过网上申请…, by channel) is
    /// not in the table, so the figure is not compared.
    /// </summary>
    private static string? Scope(NarrativePhrase phrase, string before)
    {
        if (Channel().IsMatch(before)) return null;
        var applicant = Applicant().Match(before);
        if (applicant.Success)
        {
            if (!phrase.HasParts) return null;
            var column = ApplicantColumns.Applicants.FirstOrDefault(c => c.Header == applicant.Value);
            return column is null ? null : phrase.Cells[..^"total".Length] + column.Field;
        }
        return before.Contains("其中", StringComparison.Ordinal) && phrase.HasParts ? null : phrase.Cells;
    }

    private static void ReadNegation(string sentence, Match clause, CompiledPhrase[] phrases, List<NarrativeFact> facts)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Negated is null) continue;
            var negated = phrase.Negated.Match(clause.Value);
            if (!negated.Success) continue;
            if (phrase.Context is not null && !phrase.Context.IsMatch(sentence)) continue;
            facts.Add(new NarrativeFact(phrase.Phrase, phrase.Phrase.Cells, 0m, sentence,
                clause.Index + negated.Index, clause.Index + negated.Index + negated.Length)
            { FromNegation = true });
        }
    }

    // Sentences end at 。！？ or a line break; a sentence's clauses at ，；：（） (a comma between digits is a thousands separator).
    [GeneratedRegex(@"(?:[^，；;：:（）(),]|(?<=[0-9]),(?=[0-9]{3}))+")]
    private static partial Regex Clause();

    [GeneratedRegex(@"(?<![0-9０-９.．])(?<number>[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?(?![0-9０-９.．,])|[零〇一二两三四五六七八九十百千万]+(?![零〇一二两三四五六七八九十百千万]))(?![年月日号时])[ \u00A0]?(?<approx>余|多|左右)?(?<unit>万元|元|件|条|项|宗|个|起|份|%|％)?")]
    private static partial Regex Figure();

    // Words that make a figure relative or approximate: it is then not the cell's value.
    [GeneratedRegex("同比|增长|减少|下降|上升|增加|较|比|占|率|约|近|超过|以上|不到|不足|累计|第|每")]
    private static partial Regex Doubt();

    [GeneratedRegex("(?:公开|提供|处理)(?:及|和|与|、|或)$")]
    private static partial Regex Joined();

    [GeneratedRegex("网上|网络|在线|信函|来信|当面|现场|传真|电子邮件|邮件|电话|微信|平台")]
    private static partial Regex Channel();

    [GeneratedRegex("自然人|商业企业|科研机构|社会公益组织|法律服务机构|法人或其他组织|法人")]
    private static partial Regex Applicant();
}

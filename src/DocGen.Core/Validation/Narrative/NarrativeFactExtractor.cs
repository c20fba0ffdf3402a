using System.Buffers;
using System.Collections.Concurrent;
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
/// <remarks>
/// The work is proportional to the text: one scan for sentences that could state a figure
/// (<see cref="FigureTriggers"/>), then for each such sentence one pass per clause of each regular
/// expression, without allocating until a fact is found; <see cref="NarrativeReading"/> bounds the
/// sentences read.
/// </remarks>
public static partial class NarrativeFactExtractor
{
    // Between a phrase and its figure: a few characters ("共计", "数量为"), never a figure.
    private const int MaxGap = 12;

    private static readonly ConcurrentDictionary<Edition, CompiledEdition> Compiled = new();
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？!?\n");

    private sealed record CompiledPhrase(NarrativePhrase Phrase, Regex Cue, Regex? Context, Regex? Negated);

    /// <param name="AnyCue">Any phrase's cue: one pass that spares a clause without one the pass per phrase.</param>
    private sealed record CompiledEdition(CompiledPhrase[] Phrases, Regex AnyCue);

    /// <summary>Where a phrase's cue was found in a clause.</summary>
    private readonly record struct Cue(int Start, int End);

    public static IReadOnlyList<NarrativeFact> Extract(string text, Edition edition) => Extract(text, edition, NarrativeReading.Unbounded);

    /// <summary>The facts <paramref name="text"/> states, reading no more than <paramref name="reading"/> still allows (and counting what it reads there).</summary>
    public static IReadOnlyList<NarrativeFact> Extract(string text, Edition edition, NarrativeReading reading)
    {
        var facts = new List<NarrativeFact>();
        if (string.IsNullOrEmpty(text) || !EditionHasTables(edition)) return facts;
        var compiled = Compiled.GetOrAdd(edition, Compile);
        // Scratch space for every sentence, so that reading one allocates nothing until it yields a fact.
        var cues = new List<Cue>();
        var contexts = new byte[compiled.Phrases.Length];
        var span = text.AsSpan();
        var from = 0;
        while (from < text.Length)
        {
            var hit = FigureTriggers.Next(span, from);
            if (hit < 0) break;
            var start = from + span[from..hit].LastIndexOfAny(SentenceEnds) + 1;
            var length = span[hit..].IndexOfAny(SentenceEnds);
            var end = length < 0 ? text.Length : hit + length;
            if (!reading.TryRead(end - start)) break;
            Array.Clear(contexts);
            new SentenceReader(text, start, end, compiled, cues, contexts, facts).Read();
            from = end + 1;
        }
        return facts;
    }

    /// <summary>Whether <paramref name="text"/> could state a figure at all (a cheap test before any reading).</summary>
    public static bool MayStateFigure(ReadOnlySpan<char> text) => FigureTriggers.Next(text, 0) >= 0;

    private static bool EditionHasTables(Edition edition) => edition is Edition.Edition2019 or Edition.Edition2021;

    private static CompiledEdition Compile(Edition edition)
    {
        var phrases = NarrativePhrases.For(edition);
        return new CompiledEdition(
            [.. phrases.Select(p => new CompiledPhrase(p,
                new Regex(p.Cue, Options),
                p.Context is null ? null : new Regex(p.Context, Options),
                p.Negation is null ? null : new Regex($"(?:未|没有|无)(?:收到|接到|受理|发生|出现|产生|提起|被|因|涉及)[^，。；0-9０-９]{{0,30}}?{p.Negation}", Options)))],
            new Regex(string.Join("|", phrases.Select(p => $"(?:{p.Cue})")), Options));
    }

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>One sentence: its clauses read in turn; the sentence's text allocated only for a fact.</summary>
    /// <param name="contexts">Per phrase: whether the sentence matches its context (0 not yet known, 1 yes, 2 no).</param>
    private ref struct SentenceReader(string text, int start, int end, CompiledEdition compiled, List<Cue> cues, byte[] contexts, List<NarrativeFact> facts)
    {
        private readonly ReadOnlySpan<char> sentence = text.AsSpan(start, end - start);
        private readonly CompiledPhrase[] phrases = compiled.Phrases;
        private string? quoted;

        public void Read()
        {
            foreach (var clause in Clause().EnumerateMatches(sentence))
            {
                ReadClause(clause.Index, clause.Length);
            }
        }

        private string Sentence => quoted ??= text.Substring(start, end - start);

        private void ReadClause(int at, int length)
        {
            var clause = sentence.Slice(at, length);
            var cuesFound = false;
            var anyCue = false;
            var anyFigure = false;
            var scope = default(ClauseScope);
            Span<int> firstCue = stackalloc int[phrases.Length + 1];
            foreach (var match in Figure().EnumerateMatches(clause))
            {
                if (ReadFigure(clause.Slice(match.Index, match.Length)) is not { } read) continue;
                anyFigure = true;
                if (!cuesFound)
                {
                    cuesFound = true;
                    anyCue = compiled.AnyCue.IsMatch(clause);
                    if (anyCue)
                    {
                        FindCues(clause, firstCue);
                        scope = ClauseScope.Of(clause);
                    }
                }
                if (!anyCue) continue;
                var chosen = Choose(clause, match.Index, match.Length, read.Kind, firstCue);
                if (chosen is not { } cue) continue;
                var phrase = phrases[cue.Phrase];
                // "因本机关不掌握等原因无法提供265件" names a reason: one row of an outcome group, not the sum the phrase stands for.
                if (phrase.Phrase is { IsSum: true, Specific: true } && clause[..cue.Start].Contains('因')) continue;
                var cells = scope.Cells(phrase.Phrase, match.Index);
                if (cells is null) continue;
                facts.Add(new NarrativeFact(phrase.Phrase, cells, read.Figure, Sentence, at + cue.Start, at + match.Index + match.Length));
            }
            if (!anyFigure) ReadNegation(clause, at);
        }

        /// <summary>Every phrase's cues in the clause, phrase by phrase in order: phrase p's are cues[firstCue[p]..firstCue[p + 1]].</summary>
        private readonly void FindCues(scoped ReadOnlySpan<char> clause, scoped Span<int> firstCue)
        {
            cues.Clear();
            for (var p = 0; p < phrases.Length; p++)
            {
                firstCue[p] = cues.Count;
                foreach (var m in phrases[p].Cue.EnumerateMatches(clause)) cues.Add(new Cue(m.Index, m.Index + m.Length));
            }
            firstCue[phrases.Length] = cues.Count;
        }

        /// <summary>
        /// The phrase a figure belongs to: one whose last cue before it ends shortly before it with
        /// nothing between but a few plain words. An outcome (予以公开) outranks a general word (答复);
        /// otherwise the nearest cue wins; two different cells equally near leave the figure unread.
        /// </summary>
        private (int Phrase, int Start)? Choose(scoped ReadOnlySpan<char> clause, int figureAt, int figureLength, FigureKind? kind, scoped ReadOnlySpan<int> firstCue)
        {
            (int Phrase, int Start, int End)? best = null;
            var tied = false;
            for (var p = 0; p < phrases.Length; p++)
            {
                var phrase = phrases[p].Phrase;
                // Without a unit, only a figure right after its phrase, ending the clause ("部分公开67，"), is read.
                if (kind is null ? phrase.Kind != FigureKind.Count : kind != phrase.Kind) continue;
                if (LastCueBefore(firstCue[p], firstCue[p + 1], figureAt) is not { } cue) continue;
                var gap = clause[cue.End..figureAt];
                if (gap.Length > MaxGap || Doubt().IsMatch(gap)) continue;
                if (kind is null && (gap.Length > 0 || figureAt + figureLength < clause.TrimEnd().Length)) continue;
                if (!InContext(p)) continue;
                var candidate = (p, cue.Start, cue.End);
                if (best is null || Outranks(candidate, best.Value, phrases))
                {
                    best = candidate;
                    tied = false;
                }
                else if (!Outranks(best.Value, candidate, phrases) && phrases[best.Value.Phrase].Phrase.Cells != phrase.Cells)
                {
                    tied = true;
                }
            }
            if (best is not { } chosen || tied) return null;
            // "予以公开及部分公开258件" states the sum of two outcomes: no one cell holds it.
            if (phrases[chosen.Phrase].Phrase.Specific && Joined().IsMatch(clause[Math.Max(0, chosen.Start - 3)..chosen.Start])) return null;
            return (chosen.Phrase, chosen.Start);
        }

        /// <summary>The last of cues[from..to] (in order, not overlapping) that ends at or before <paramref name="figureAt"/>.</summary>
        private readonly Cue? LastCueBefore(int from, int to, int figureAt)
        {
            // Binary search: a clause of many figures and cues costs no more per figure than a short one.
            var lo = from;
            var hi = to;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (cues[mid].End <= figureAt) lo = mid + 1;
                else hi = mid;
            }
            return lo > from ? cues[lo - 1] : null;
        }

        private readonly bool InContext(int phrase)
        {
            if (phrases[phrase].Context is not { } context) return true;
            if (contexts[phrase] == 0) contexts[phrase] = context.IsMatch(sentence) ? (byte)1 : (byte)2;
            return contexts[phrase] == 1;
        }

        private void ReadNegation(scoped ReadOnlySpan<char> clause, int at)
        {
            if (clause.IndexOfAny('未', '没', '无') < 0) return;
            for (var p = 0; p < phrases.Length; p++)
            {
                if (phrases[p].Negated is not { } negated) continue;
                foreach (var m in negated.EnumerateMatches(clause))
                {
                    if (InContext(p))
                    {
                        var phrase = phrases[p].Phrase;
                        facts.Add(new NarrativeFact(phrase, phrase.Cells, 0m, Sentence, at + m.Index, at + m.Index + m.Length) { FromNegation = true });
                    }
                    break;
                }
            }
        }
    }

    private static bool Outranks((int Phrase, int Start, int End) a, (int Phrase, int Start, int End) b, CompiledPhrase[] phrases) =>
        phrases[a.Phrase].Phrase.Specific != phrases[b.Phrase].Phrase.Specific ? phrases[a.Phrase].Phrase.Specific : a.End > b.End;

    /// <summary>The figure a match of <see cref="Figure"/> states and what it measures; null when it is a percentage, approximate, or without a unit that says.</summary>
    private static (decimal Figure, FigureKind? Kind)? ReadFigure(ReadOnlySpan<char> figure)
    {
        var arabic = IsArabic(figure[0]);
        var length = 0;
        while (length < figure.Length && (arabic ? IsArabic(figure[length]) || figure[length] is ',' or '.' or '．' : ChineseNumerals.IsChineseNumeral(figure[length]))) length++;
        var number = figure[..length];
        var rest = figure[length..];
        if (rest.Length > 0 && rest[0] is ' ' or '\u00A0') rest = rest[1..];
        if (rest.StartsWith("余") || rest.StartsWith("多") || rest.StartsWith("左右")) return null;
        var unit = rest;
        if (unit is "%" or "％") return null;
        decimal value;
        if (arabic)
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

    private static bool IsArabic(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';

    /// <summary>
    /// What the words of a clause before a figure say of its scope: a part by applicant (其中自然人…)
    /// moves a 总计 to that column; any other part (其中通过网上申请…, by channel) is not in the table,
    /// so the figure is not compared. Found once per clause; each figure asks by its position.
    /// </summary>
    private readonly struct ClauseScope
    {
        private readonly int channelEnd;
        private readonly int applicantEnd;
        private readonly ApplicantColumn? applicant;
        private readonly int partEnd;

        private ClauseScope(int channelEnd, int applicantEnd, ApplicantColumn? applicant, int partEnd)
        {
            this.channelEnd = channelEnd;
            this.applicantEnd = applicantEnd;
            this.applicant = applicant;
            this.partEnd = partEnd;
        }

        public static ClauseScope Of(ReadOnlySpan<char> clause)
        {
            var channelEnd = int.MaxValue;
            foreach (var m in Channel().EnumerateMatches(clause)) channelEnd = Math.Min(channelEnd, m.Index + m.Length);
            var applicantEnd = int.MaxValue;
            ApplicantColumn? applicant = null;
            foreach (var m in Applicant().EnumerateMatches(clause))
            {
                var words = clause.Slice(m.Index, m.Length);
                applicantEnd = m.Index + m.Length;
                foreach (var column in ApplicantColumns.Applicants)
                    if (words.SequenceEqual(column.Header)) applicant = column;
                break;
            }
            var part = clause.IndexOf("其中", StringComparison.Ordinal);
            return new ClauseScope(channelEnd, applicantEnd, applicant, part < 0 ? int.MaxValue : part + 2);
        }

        /// <summary>The cells a figure at <paramref name="figureAt"/> is about, or null when the table has no such part.</summary>
        public string? Cells(NarrativePhrase phrase, int figureAt)
        {
            if (channelEnd <= figureAt) return null;
            if (applicantEnd <= figureAt)
            {
                if (!phrase.HasParts || applicant is null) return null;
                return phrase.Cells[..^"total".Length] + applicant.Field;
            }
            return partEnd <= figureAt && phrase.HasParts ? null : phrase.Cells;
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

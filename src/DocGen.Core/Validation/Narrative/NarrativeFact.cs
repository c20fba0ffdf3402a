using DocGen.Core.Layout;

namespace DocGen.Core.Validation.Narrative;

/// <summary>
/// A figure a narrative states about a table cell: which phrase said it, the cell (or cell
/// pattern, for a sum) it is about, the figure (万元 for amounts), and the sentence, with where the
/// statement sits in it.
/// </summary>
public sealed record NarrativeFact(NarrativePhrase Phrase, string Cells, decimal Figure, string Sentence, int Start, int End)
{
    /// <summary>A 0 read from a negation ("未收到政府信息公开申请"), not from a written figure.</summary>
    public bool FromNegation { get; init; }
}

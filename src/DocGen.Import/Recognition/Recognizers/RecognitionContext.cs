using DocGen.Import.Document;
using DocGen.Import.Reading;
using DocGen.Protos.V1;

namespace DocGen.Import.Recognition.Recognizers;

/// <summary>
/// What the recognisers of one document share: its blocks and paragraphs, where its headings are,
/// the report being filled and the notes being written. Each recogniser reads what the ones before
/// it found (<see cref="FirstHeading"/>, <see cref="End"/>) and adds to <see cref="Report"/> and <see cref="Notes"/>.
/// </summary>
public sealed class RecognitionContext
{
    public RecognitionContext(SourceDocument document, ReadingContext reading, string fileName)
    {
        Document = document;
        Budget = reading.Budget;
        FileName = fileName;
        Notes = new List<ImportNote>(document.Notes ?? []);
        Paragraphs = document.Blocks.Select((b, i) => (Block: b as Paragraph, Index: i)).Where(p => p.Block is not null)
            .Select(p => new ParagraphAt(p.Block!.Text, p.Block.Where, p.Index)).ToList();
        Texts = Paragraphs.Select(p => p.Text).ToList();
    }

    public SourceDocument Document { get; }
    public IReadOnlyList<SourceBlock> Blocks => Document.Blocks;
    public ImportBudget Budget { get; }
    public string FileName { get; }

    /// <summary>The paragraphs in order, each with its index among <see cref="Blocks"/>.</summary>
    public IReadOnlyList<ParagraphAt> Paragraphs { get; }
    public List<string> Texts { get; }

    public AnnualReport Report { get; } = new();
    public List<ImportNote> Notes { get; }

    /// <summary>The national headings' paragraph indexes (-1 where not found); set by <see cref="ReportOutline"/>.</summary>
    public int[] National { get; set; } = [];
    /// <summary>A legacy report's own numbered headings' paragraph indexes.</summary>
    public List<int> Numbered { get; set; } = [];
    public bool IsNational { get; set; }
    /// <summary>The paragraph of the first heading (the preamble ends there).</summary>
    public int FirstHeading { get; set; }
    /// <summary>The paragraph of the last heading.</summary>
    public int LastHeading { get; set; }
    /// <summary>Where the report's text ends: the 落款 or the page's chrome; set by <see cref="SignatureRecognizer"/>.</summary>
    public int End { get; set; }
    /// <summary>The paragraph after the title (the preamble's first).</summary>
    public int PreambleStart { get; set; }

    public void Note(string path, string found, string where, string message) => Notes.Add(new(path, found, where, message));
}

/// <summary>A paragraph's text, where it was found, and its index among the document's blocks.</summary>
public sealed record ParagraphAt(string Text, string Where, int Index);

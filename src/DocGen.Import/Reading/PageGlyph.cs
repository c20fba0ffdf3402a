namespace DocGen.Import.Reading;

/// <summary>
/// A run of text on a page with its box, in points with y growing upwards: a PDF letter (PdfPig), or
/// a word Tesseract read from a scan. <see cref="PdfLines"/> builds lines and cells from these
/// alone, so text PDFs and scans are placed by the same geometry.
/// </summary>
public readonly record struct PageGlyph(string Value, double X, double EndX, double Baseline, double Size);

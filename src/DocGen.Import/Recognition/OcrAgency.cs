namespace DocGen.Import.Recognition;

/// <summary>
/// An agency OCR read in a scan's title, checked against the rest of the text: Tesseract misreads a
/// character of a name now and then (准安市 for 淮安市), and a report names its body again in the
/// preamble and the 落款. When the title's name appears nowhere else but one name differing from it in
/// a single character appears at least twice, that name is the agency.
/// </summary>
public static class OcrAgency
{
    private const int MinOccurrences = 2;

    /// <summary>The name the text uses for <paramref name="agency"/>, or null when the text confirms the title or names no single alternative.</summary>
    public static string? AsTheTextNamesIt(string agency, IEnumerable<string> texts)
    {
        if (agency.Length < 3) return null;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            for (var start = 0; start + agency.Length <= text.Length; start++)
            {
                var differences = 0;
                for (var k = 0; k < agency.Length && differences < 2; k++)
                    if (text[start + k] != agency[k]) differences++;
                if (differences == 0) return null;
                if (differences == 1 && IsHan(text.AsSpan(start, agency.Length)))
                {
                    var name = text.Substring(start, agency.Length);
                    counts[name] = counts.GetValueOrDefault(name) + 1;
                }
            }
        }
        var frequent = counts.Where(c => c.Value >= MinOccurrences).ToList();
        return frequent.Count == 1 ? frequent[0].Key : null;
    }

    private static bool IsHan(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
            if (c is < '\u4e00' or > '\u9fff') return false;
        return true;
    }
}

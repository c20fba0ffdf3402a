namespace DocGen.Import;

/// <summary>
/// A field the import could not read, or read by interpreting what it found: the contract path,
/// the text found ("" when nothing was), where (table/row/column or page/line) and what was done.
/// </summary>
public sealed record ImportNote(string Path, string Found, string Where, string Message);

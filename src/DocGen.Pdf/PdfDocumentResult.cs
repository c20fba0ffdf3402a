namespace DocGen.Pdf;

/// <summary>A rendered PDF and how many pages it has.</summary>
public sealed record PdfDocumentResult(byte[] Bytes, int PageCount);

namespace DocGen.Ofd;

/// <summary>A rendered OFD package and how many pages it has.</summary>
public sealed record OfdDocumentResult(byte[] Bytes, int PageCount);

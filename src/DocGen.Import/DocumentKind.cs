namespace DocGen.Import;

/// <summary>The three inputs archives hold.</summary>
public enum DocumentKind
{
    /// <summary>The page's text: paragraphs a line, tables one cell a line with " |".</summary>
    Text,
    /// <summary>The page as a CMS serves it.</summary>
    Html,
    /// <summary>The published PDF.</summary>
    Pdf,
}

/// <summary>Which reader a document needs: by its media type, else its file name, else its first bytes.</summary>
public static class DocumentKinds
{
    public static DocumentKind Detect(ReadOnlySpan<byte> bytes, string mediaType, string fileName)
    {
        var type = mediaType.Split(';')[0].Trim().ToLowerInvariant();
        switch (type)
        {
            case "application/pdf": return DocumentKind.Pdf;
            case "text/html" or "application/xhtml+xml": return DocumentKind.Html;
            case "text/plain": return DocumentKind.Text;
        }
        switch (Path.GetExtension(fileName).ToLowerInvariant())
        {
            case ".pdf": return DocumentKind.Pdf;
            case ".html" or ".htm" or ".shtml" or ".xhtml": return DocumentKind.Html;
            case ".txt": return DocumentKind.Text;
        }
        if (bytes.StartsWith("%PDF-"u8)) return DocumentKind.Pdf;
        var head = System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 1024)]).TrimStart('\ufeff', ' ', '\t', '\r', '\n');
        return head.StartsWith('<') ? DocumentKind.Html : DocumentKind.Text;
    }
}

using Microsoft.IO;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// Pooled buffers for saving a document. A new save buffer per render is a large object (a 4-page
/// report saves ~270 KiB), and large objects are collected only by full GCs: under load they set
/// off gen2 collections several times a second. The pool keeps at most a few renders' worth.
/// </summary>
internal static class SaveBuffers
{
    private static readonly RecyclableMemoryStreamManager Manager = new(new RecyclableMemoryStreamManager.Options
    {
        BlockSize = 128 * 1024,
        LargeBufferMultiple = 512 * 1024,
        MaximumBufferSize = 64 * 1024 * 1024,
        MaximumSmallPoolFreeBytes = 16 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 32 * 1024 * 1024,
    });

    public static RecyclableMemoryStream Rent() => Manager.GetStream("pdf-save");
}

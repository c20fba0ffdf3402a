using DocGen.Layout.Fonts;
using PdfSharp.Fonts;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// PDFsharp's font resolver is process-wide and may be set only once, before any
/// font is used: this does it exactly once, whoever renders first, on whatever thread.
/// </summary>
internal static class PdfSharpSetup
{
    private static readonly Lazy<bool> Done = new(Initialize, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureInitialized() => _ = Done.Value;

    private static bool Initialize()
    {
        if (GlobalFontSettings.FontResolver is not null and not FontRegistry)
            throw new InvalidOperationException("another PDFsharp font resolver is already installed; DocGen needs its own (FontRegistry)");
        GlobalFontSettings.FontResolver ??= new FontRegistry();
        return true;
    }
}

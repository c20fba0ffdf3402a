using DocGen.Layout;
using DocGen.Layout.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// PDFsharp's font resolver: PDFsharp holds one per process, so it answers for every catalog's
/// faces through this registry. A canvas registers a face before it first asks PDFsharp for it, by
/// its <see cref="FontFace.Key"/> as the family name; bold without a bold face is simulated.
/// </summary>
internal sealed class FontRegistry : IFontResolver
{
    // Bounded like every process cache (ProcessCaches): far above the faces of the installed font files and their cuts.
    private static readonly Memo<string, FontFace> Faces = ProcessCaches.Create<string, FontFace>("PDFsharp font resolver", 4096, StringComparer.Ordinal);

    public static void Register(FontFace face) => Faces.GetOrAdd(face.Key, _ => face);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        Faces.TryGetValue(familyName, out _)
            ? new FontResolverInfo(familyName, bold ? XStyleSimulations.BoldSimulation : XStyleSimulations.None)
            : null;

    public byte[]? GetFont(string faceName) => Faces.TryGetValue(faceName, out var face) ? FontPrograms.Of(face) : null;
}

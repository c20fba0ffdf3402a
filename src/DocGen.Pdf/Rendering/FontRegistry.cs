using System.Collections.Concurrent;
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
    private static readonly ConcurrentDictionary<string, FontFace> Faces = new(StringComparer.Ordinal);

    public static void Register(FontFace face) => Faces.TryAdd(face.Key, face);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        Faces.ContainsKey(familyName)
            ? new FontResolverInfo(familyName, bold ? XStyleSimulations.BoldSimulation : XStyleSimulations.None)
            : null;

    public byte[]? GetFont(string faceName) => Faces.TryGetValue(faceName, out var face) ? FontPrograms.Of(face) : null;
}

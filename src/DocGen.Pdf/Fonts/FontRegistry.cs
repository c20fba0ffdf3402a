using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace DocGen.Pdf.Fonts;

/// <summary>
/// PDFsharp's font resolver: PDFsharp holds one per process, so it answers for every catalog's
/// faces through this registry. We ask PDFsharp for a face by its <see cref="FontFace.Key"/> as
/// the family name; bold without a bold face is simulated.
/// </summary>
internal sealed class FontRegistry : IFontResolver
{
    private static readonly ConcurrentDictionary<string, FontFace> Faces = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<byte[]>> Bytes = new(StringComparer.Ordinal);

    public static void Register(FontFace face) => Faces.TryAdd(face.Key, face);

    /// <summary>A face made in memory (a compact cut), served from <paramref name="data"/> instead of its file.</summary>
    public static void Register(FontFace face, byte[] data)
    {
        Bytes.TryAdd(face.Key, new Lazy<byte[]>(data));
        Faces.TryAdd(face.Key, face);
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        Faces.ContainsKey(familyName)
            ? new FontResolverInfo(familyName, bold ? XStyleSimulations.BoldSimulation : XStyleSimulations.None)
            : null;

    public byte[]? GetFont(string faceName) =>
        Faces.TryGetValue(faceName, out var face)
            ? Bytes.GetOrAdd(faceName, _ => new Lazy<byte[]>(() => TrueTypeCollection.ExtractFace(File.ReadAllBytes(face.Path), face.FaceIndex))).Value
            : null;
}

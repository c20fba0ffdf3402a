namespace DocGen.Layout.Fonts;

/// <summary>
/// The sfnt bytes of a face, for the canvases that embed it: a compact cut's own bytes, or the face
/// read once per process out of its font file (a collection's face extracted on its own).
/// </summary>
internal static class FontPrograms
{
    public static byte[] Of(FontFace face) =>
        face.Program ?? ProcessCaches.FontPrograms.GetOrAdd(face.Key, _ => TrueTypeCollection.ExtractFace(File.ReadAllBytes(face.Path), face.FaceIndex));
}

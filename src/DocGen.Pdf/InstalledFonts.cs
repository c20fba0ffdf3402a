using DocGen.Layout.Fonts;

namespace DocGen.Pdf;

/// <summary>Whether a CJK TrueType family (or family and style: "FandolSong Bold") is installed, for checking what a site names before its first PDF.</summary>
public static class InstalledFonts
{
    public static bool HasFamily(IReadOnlyList<string> folders, string family)
    {
        var catalog = FontCatalog.For(folders);
        return catalog.FindFace(family) is not null;
    }
}

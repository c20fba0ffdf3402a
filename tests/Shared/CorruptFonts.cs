namespace DocGen.Tests.Shared;

/// <summary>
/// The attack run's corrupt font: an 80-byte .ttc header claiming 2^31 faces. Linked into the test
/// projects that check a server or API whose only font is such a file.
/// </summary>
internal static class CorruptFonts
{
    /// <summary>A new folder holding that file and nothing else.</summary>
    public static string FolderWithOnlyACorruptCollection()
    {
        var folder = Directory.CreateTempSubdirectory("docgen-badfont").FullName;
        var bomb = new byte[80];
        "ttcf"u8.CopyTo(bomb);
        bomb[5] = 1;     // version 1.0
        bomb[8] = 0x80;  // 2^31 faces
        File.WriteAllBytes(Path.Combine(folder, "bomb.ttc"), bomb);
        return folder;
    }
}

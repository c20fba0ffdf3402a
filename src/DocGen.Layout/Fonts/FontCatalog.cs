namespace DocGen.Layout.Fonts;

/// <summary>
/// The CJK TrueType faces found in a set of folders (a face counts when it has 中), and the
/// upright faces of the Latin families <see cref="FontChoices.LatinSerif"/> names. Scanning
/// reads every font file once, so catalogs are cached per folder list for the process. A damaged
/// file is skipped and listed in <see cref="Skipped"/> with the reason; the others still load.
/// </summary>
internal sealed class FontCatalog
{
    private const int ProbeCharacter = '中';

    /// <summary>Larger files are not read (the largest CJK TrueType collections are about 40 MB).</summary>
    internal const long MaxFileBytes = 256L * 1024 * 1024;

    private static readonly string[] FontExtensions = [".ttf", ".ttc"];

    private FontCatalog(IReadOnlyList<string> folders, IReadOnlyList<FontFace> faces, IReadOnlyList<FontFace> latinFaces, IReadOnlyList<SkippedFontFile> skipped)
    {
        Folders = folders;
        Faces = faces;
        LatinFaces = latinFaces;
        Skipped = skipped;
    }

    public IReadOnlyList<string> Folders { get; }

    /// <summary>Font files that could not be read, each with the reason, in path order.</summary>
    public IReadOnlyList<SkippedFontFile> Skipped { get; }

    /// <summary>CJK faces, ordered by family then file, so fallback order never depends on the disk.</summary>
    public IReadOnlyList<FontFace> Faces { get; }

    /// <summary>Regular and bold faces of the Latin serif families, in the same order.</summary>
    public IReadOnlyList<FontFace> LatinFaces { get; }

    /// <summary>
    /// Where script/convert-fonts.py puts the TrueType conversions of Debian's CFF 公文 faces (Fandol,
    /// Noto Serif CJK SC): <c>DOCGEN_FONT_CACHE</c>, else <c>$XDG_CACHE_HOME/docgen/fonts</c>, else
    /// <c>~/.cache/docgen/fonts</c>. A cache, never part of the repository.
    /// </summary>
    public static string ConvertedFolder()
    {
        if (Environment.GetEnvironmentVariable("DOCGEN_FONT_CACHE") is { Length: > 0 } cache) return cache;
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = xdg is { Length: > 0 } ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "docgen", "fonts");
    }

    /// <summary>Every folder in <c>DOCGEN_FONT_DIR</c> (path-separator list), the converted faces' folder, then the system font folders.</summary>
    public static IReadOnlyList<string> DefaultFolders()
    {
        var folders = new List<string>();
        if (Environment.GetEnvironmentVariable("DOCGEN_FONT_DIR") is { Length: > 0 } extra)
            folders.AddRange(extra.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        folders.Add(ConvertedFolder());
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        folders.AddRange(["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".fonts"), Path.Combine(home, ".local/share/fonts")]);
        if (Environment.GetFolderPath(Environment.SpecialFolder.Fonts) is { Length: > 0 } windows) folders.Add(windows);
        return folders;
    }

    public static FontCatalog For(IReadOnlyList<string> folders) =>
        ProcessCaches.Catalogs.GetOrAdd(string.Join('\n', folders), _ => Scan(folders));

    public FontFace? FindFamily(string family, bool bold) =>
        Faces.FirstOrDefault(f => f.IsBold == bold && string.Equals(f.Family, family, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A face by family (its regular face, else its bold one) or by family and style ("FandolSong
    /// Bold", "Noto Serif CJK SC Black"), as <see cref="FontChoices"/> and site settings name them.
    /// </summary>
    public FontFace? FindFace(string name) =>
        FindFamily(name, bold: false) ?? FindFamily(name, bold: true)
        ?? Faces.FirstOrDefault(f => string.Equals($"{f.Family} {f.Subfamily}", name, StringComparison.OrdinalIgnoreCase));

    public FontFace? FindLatin(string family, bool bold) =>
        LatinFaces.FirstOrDefault(f => f.IsBold == bold && string.Equals(f.Family, family, StringComparison.OrdinalIgnoreCase));

    private static FontCatalog Scan(IReadOnlyList<string> folders)
    {
        var faces = new List<FontFace>();
        var skipped = new List<SkippedFontFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var buffer = new ScanBuffer();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => FontExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (!seen.Add(Path.GetFullPath(file))) continue;
                faces.AddRange(ReadFaces(file, buffer, skipped));
            }
        }

        var ordered = faces.OrderBy(f => f.Family, StringComparer.Ordinal).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
        var cjk = ordered.Where(f => f.HasGlyph(ProbeCharacter)).ToList();
        return new FontCatalog(folders, cjk, ordered.Except(cjk).ToList(), skipped);
    }

    /// <remarks>
    /// Each file is read into one buffer the whole scan shares and its faces are read in place. Reading
    /// every file into an array of its own and copying each face of a collection out of it (a Noto CJK
    /// collection holds 10 faces of 20–27 MB) made the scan allocate gigabytes and took the server's
    /// resident memory to 276 MiB at start (460 MiB with Workstation GC), above its peak under load.
    /// </remarks>
    private static List<FontFace> ReadFaces(string file, ScanBuffer buffer, List<SkippedFontFile> skipped)
    {
        var faces = new List<FontFace>();
        ReadOnlySpan<byte> data;
        try
        {
            var length = new FileInfo(file).Length;
            if (length > MaxFileBytes)
            {
                skipped.Add(new SkippedFontFile(file, $"{length:N0} bytes, more than the {MaxFileBytes:N0} a font file may have"));
                return faces;
            }
            data = buffer.Read(file, length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            skipped.Add(new SkippedFontFile(file, $"unreadable: {e.Message}"));
            return faces;
        }

        int count;
        try { count = TrueTypeCollection.FaceCount(data); }
        catch (InvalidDataException e)
        {
            skipped.Add(new SkippedFontFile(file, e.Message));
            return faces;
        }

        for (var i = 0; i < count; i++)
        {
            FontFace? face;
            try { face = FontFaceReader.TryRead(file, i, data, at: TrueTypeCollection.FaceOffset(data, i)); }
            // A damaged or exotic font file must not stop the others from loading.
            catch (Exception e) when (e is ArgumentException or InvalidDataException or OverflowException or IndexOutOfRangeException)
            {
                skipped.Add(new SkippedFontFile(file, $"face {i}: {e.Message}"));
                face = null;
            }
            if (face is not null && (face.HasGlyph(ProbeCharacter) || IsUprightLatinSerif(face))) faces.Add(face);
        }
        return faces;
    }

    private static bool IsUprightLatinSerif(FontFace face) =>
        FontChoices.LatinSerif.Contains(face.Family, StringComparer.OrdinalIgnoreCase) && face.Subfamily is "Regular" or "Bold";
}

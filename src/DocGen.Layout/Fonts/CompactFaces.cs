namespace DocGen.Layout.Fonts;

/// <summary>
/// Each CJK face's compact cut (<see cref="CompactFaceCutter"/> over <see cref="CommonRepertoire"/>),
/// made once per process when a chain first draws with the face, read back with
/// <see cref="FontFaceReader"/> under its own key, its bytes kept with it (<see cref="FontPrograms"/>). The cut must give
/// every character it keeps the full face's advance, so layout measures the same with either. A
/// face that cannot be cut is drawn whole, as before; <see cref="CompactCut.Refusal"/> says why.
/// The title and heading roles draw first with a narrower cut (<see cref="FrequentOf"/>, over
/// <see cref="CommonRepertoire.Frequent"/>).
/// </summary>
internal static class CompactFaces
{
    private const string KeySuffix = ":compact";
    private const string FrequentKeySuffix = ":frequent";

    // PDFsharp keeps one font source per full font name: two cuts of a face need two names.
    private const string FrequentNameSuffix = CompactFaceCutter.FullNameSuffix + " Frequent";

    /// <summary>
    /// Cuts the faces the default roles draw with (each role's first face and its bold), so that the
    /// first render does not pay for it and a refusal is known at start; the reasons of any refused.
    /// </summary>
    public static IReadOnlyList<string> CutDefaults(FontCatalog catalog)
    {
        var set = FontSet.For(catalog, new Dictionary<string, string>());
        // The wider cut of a title or heading face is made when a character outside the narrower one is first drawn.
        var roles = Enum.GetValues<FontRole>();
        var faces = WithBold(catalog, roles.Where(r => !DrawsFrequentFirst(r)).Select(r => set[r].Primary));
        var frequent = WithBold(catalog, roles.Where(DrawsFrequentFirst).Select(r => set[r].Primary));
        return [.. faces.Select(f => Of(f).Refusal).Concat(frequent.Select(f => FrequentOf(f).Refusal)).OfType<string>().Distinct()];
    }

    /// <summary>Whether a role's chain draws with the narrower cut first: the title and the headings, short texts in everyday characters.</summary>
    public static bool DrawsFrequentFirst(FontRole role) => role is FontRole.Title or FontRole.Heading or FontRole.Subheading;

    public static CompactCut Of(FontFace full) =>
        ProcessCaches.CompactCuts.GetOrAdd(full.Key, _ => Cut(full, File.ReadAllBytes(full.Path)));

    /// <summary>The face's cut to <see cref="CommonRepertoire.Frequent"/>.</summary>
    public static CompactCut FrequentOf(FontFace full) =>
        ProcessCaches.CompactCuts.GetOrAdd(full.Key + FrequentKeySuffix, _ => Cut(full, File.ReadAllBytes(full.Path), CommonRepertoire.Frequent, FrequentKeySuffix, FrequentNameSuffix));

    private static List<FontFace> WithBold(FontCatalog catalog, IEnumerable<FontFace> faces)
    {
        var list = faces.Distinct().ToList();
        list.AddRange(list.Select(f => catalog.FindFamily(f.Family, bold: true)).OfType<FontFace>().ToList());
        return [.. list.Distinct()];
    }

    /// <summary>Cuts <paramref name="file"/>, the font file <paramref name="full"/> was read from, and registers the cut.</summary>
    internal static CompactCut Cut(FontFace full, byte[] file) => Cut(full, file, CommonRepertoire.CodePoints, KeySuffix, CompactFaceCutter.FullNameSuffix);

    private static CompactCut Cut(FontFace full, byte[] file, IReadOnlyList<int> repertoire, string keySuffix, string nameSuffix)
    {
        try
        {
            var bytes = CompactFaceCutter.Cut(full, file, repertoire, TrueTypeCollection.FaceOffset(file, full.FaceIndex), nameSuffix);
            var compact = FontFaceReader.TryRead(full.Path, full.FaceIndex, bytes, full.Key + keySuffix, program: bytes);
            if (compact is null) return Refused(full, "the cut face does not read back as a TrueType face");
            foreach (var cp in repertoire)
            {
                if (!full.HasGlyph(cp) || cp >= 0xFFFF) continue;
                if (!compact.HasGlyph(cp)) return Refused(full, $"the cut face lost U+{cp:X4}");
                if (compact.Advance(cp, full.UnitsPerEm) != full.Advance(cp, full.UnitsPerEm))
                    return Refused(full, $"the cut face gives U+{cp:X4} another advance");
            }
            return new CompactCut(compact, null);
        }
        // A face we cannot cut is still a face we can draw with: the chain keeps the full one.
        catch (Exception e) when (e is InvalidDataException or ArgumentException or OverflowException or IndexOutOfRangeException)
        {
            return Refused(full, e.Message);
        }
    }

    private static CompactCut Refused(FontFace full, string reason) => new(null, $"{full} is drawn whole: {reason}");
}

/// <summary>A face's compact cut, or why there is none.</summary>
internal sealed record CompactCut(FontFace? Face, string? Refusal);

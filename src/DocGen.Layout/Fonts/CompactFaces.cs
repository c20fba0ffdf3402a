namespace DocGen.Layout.Fonts;

/// <summary>
/// Each CJK face's compact cut (<see cref="CompactFaceCutter"/> over <see cref="CommonRepertoire"/>),
/// made once per process when a chain first draws with the face, read back with
/// <see cref="FontFaceReader"/> under its own key, its bytes kept with it (<see cref="FontPrograms"/>). The cut must give
/// every character it keeps the full face's advance, so layout measures the same with either. A
/// face that cannot be cut is drawn whole, as before; <see cref="CompactCut.Refusal"/> says why.
/// </summary>
internal static class CompactFaces
{
    private const string KeySuffix = ":compact";

    /// <summary>
    /// Cuts the faces the default roles draw with (each role's first face and its bold), so that the
    /// first render does not pay for it and a refusal is known at start; the reasons of any refused.
    /// </summary>
    public static IReadOnlyList<string> CutDefaults(FontCatalog catalog)
    {
        var set = FontSet.For(catalog, new Dictionary<string, string>());
        var faces = Enum.GetValues<FontRole>().Select(r => set[r].Primary).Distinct().ToList();
        faces.AddRange(faces.Select(f => catalog.FindFamily(f.Family, bold: true)).OfType<FontFace>().ToList());
        return [.. faces.Distinct().Select(f => Of(f).Refusal).OfType<string>()];
    }

    public static CompactCut Of(FontFace full) =>
        ProcessCaches.CompactCuts.GetOrAdd(full.Key, _ => Cut(full, File.ReadAllBytes(full.Path)));

    /// <summary>Cuts <paramref name="file"/>, the font file <paramref name="full"/> was read from, and registers the cut.</summary>
    internal static CompactCut Cut(FontFace full, byte[] file)
    {
        try
        {
            var bytes = CompactFaceCutter.Cut(full, file, CommonRepertoire.CodePoints, TrueTypeCollection.FaceOffset(file, full.FaceIndex));
            var compact = FontFaceReader.TryRead(full.Path, full.FaceIndex, bytes, full.Key + KeySuffix, program: bytes);
            if (compact is null) return Refused(full, "the cut face does not read back as a TrueType face");
            foreach (var cp in CommonRepertoire.CodePoints)
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

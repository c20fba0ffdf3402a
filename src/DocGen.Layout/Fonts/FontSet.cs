namespace DocGen.Layout.Fonts;

/// <summary>The font chain of every role for one site.</summary>
internal sealed class FontSet
{
    private readonly Dictionary<FontRole, FontChain> _chains;

    private FontSet(Dictionary<FontRole, FontChain> chains) => _chains = chains;

    public FontChain this[FontRole role] => _chains[role];

    /// <summary>One chain for every role (layout tests use a fixed-width face).</summary>
    public static FontSet Uniform(FontChain chain) => new(Enum.GetValues<FontRole>().ToDictionary(r => r, _ => chain));

    /// <summary>
    /// The set <see cref="Resolve"/> gives, resolved once per catalog and site font choices and shared
    /// by every render with them: its chains are the same objects from render to render, which is what
    /// lets <see cref="Layout.FixedTextAtoms"/> keep the atoms of each chain.
    /// </summary>
    public static FontSet For(FontCatalog catalog, IReadOnlyDictionary<string, string> siteFonts)
    {
        var key = (catalog, string.Join('\n', siteFonts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
        return ProcessCaches.FontSets.GetOrAdd(key, _ => Resolve(catalog, siteFonts));
    }

    /// <summary>
    /// Chains from the site's family per role (if any) then the role's defaults, then every other CJK
    /// face in the catalog, each drawing with its compact cut where it can; body and table chains set ASCII in the Latin serif when it is installed. Throws <see cref="MissingCjkFontException"/> when the catalog is empty.
    /// </summary>
    public static FontSet Resolve(FontCatalog catalog, IReadOnlyDictionary<string, string> siteFonts)
    {
        var regular = catalog.Faces.Where(f => !f.IsBold).ToList();
        if (regular.Count == 0) throw new MissingCjkFontException(catalog.Folders);

        var chains = new Dictionary<FontRole, FontChain>();
        foreach (var role in Enum.GetValues<FontRole>())
        {
            var families = new List<string>();
            if (siteFonts.TryGetValue(FontChoices.SiteKey(role), out var site) && !string.IsNullOrWhiteSpace(site)) families.Add(site.Trim());
            families.AddRange(FontChoices.Preferred(role));

            var faces = families.Select(catalog.FindFace).OfType<FontFace>().ToList();
            faces.AddRange(regular.Where(f => !faces.Contains(f)));
            var latin = FontChoices.SetsLatinInSerif(role) ? FontChoices.LatinSerif.Select(f => catalog.FindLatin(f, bold: false)).OfType<FontFace>().FirstOrDefault() : null;
            var latinBold = latin is null ? null : catalog.FindLatin(latin.Family, bold: true);
            chains[role] = new FontChain(faces.Distinct().ToList(), f => f.IsBold ? f : catalog.FindFamily(f.Family, bold: true), latin, latinBold,
                f => CompactFaces.Of(f).Face, CompactFaces.DrawsFrequentFirst(role) ? f => CompactFaces.FrequentOf(f).Face : null);
        }
        return new FontSet(chains);
    }
}

using DocGen.Layout;
using DocGen.Layout.Fonts;

namespace DocGen.Layout.Tests.Support;

/// <summary>
/// Layout tests measure with a made-up face where every character is exactly 1 pt wide at size 1
/// (so at size 10 each character is 10 pt): line widths become character counts.
/// </summary>
internal static class TestText
{
    public const double Size = 10;

    public static FontFace FixedWidthFace(string name = "Fixed", Func<int, bool>? has = null)
    {
        var bmp = new ushort[0x10000];
        for (var cp = 0x20; cp < 0x10000; cp++)
            if (has?.Invoke(cp) ?? true) bmp[cp] = 1;
        return new FontFace($"test:{name}", name, 0, name, "Regular", false, 1000, bmp, [], [1000, 1000]);
    }

    public static readonly FontSet Fonts = FontSet.Uniform(new FontChain([FixedWidthFace()], _ => null));

    public static readonly TextAtomizer Atomizer = new(Fonts);

    public static List<Atom> Atoms(string text, double size = Size) =>
        Atomizer.Atomize([new StyledText(text, new TextStyle(FontRole.Body, size))]);

    /// <summary>The lines of <paramref name="text"/> broken at <paramref name="characters"/> characters a line.</summary>
    public static string[] Break(string text, double characters, double indentCharacters = 0)
    {
        var atoms = Atoms(text);
        return LineBreaker.Break(atoms, characters * Size, indentCharacters * Size)
            .Select(l => string.Concat(atoms.Skip(l.Start).Take(l.End - l.Start).Select(a => a.Text)))
            .ToArray();
    }
}

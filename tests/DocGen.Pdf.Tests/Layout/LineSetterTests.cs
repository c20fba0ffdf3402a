using DocGen.Pdf.Layout;
using DocGen.Pdf.Tests.Support;

namespace DocGen.Pdf.Tests.Layout;

public class LineSetterTests
{
    private static RecordingCanvas SetFirstLine(string text, double characters)
    {
        var atoms = TestText.Atoms(text);
        var line = LineBreaker.Break(atoms, characters * TestText.Size)[0];
        var canvas = new RecordingCanvas();
        LineSetter.Draw(canvas, atoms, line, TextAlign.Justify, 0, characters * TestText.Size, 0, 14);
        return canvas;
    }

    [Fact]
    public void Draw_JustifiedLineWithLittleSlack_ReachesTheRightMargin()
    {
        // 19 characters then a 3-character word that does not fit: one character of slack over 18 gaps.
        var canvas = SetFirstLine("一二三四五六七八九十一二三四五六七八九 abc", 20);

        var last = canvas.Texts[^1];
        Assert.Equal(200, last.X + last.Width, 3);
    }

    [Fact]
    public void Draw_LineCutShortByALongUnbreakableRun_NotStretchedLetterByLetter()
    {
        // 一二三四五 then a 12-character number: five characters of slack over 4 gaps would spread 1.25 em each.
        var canvas = SetFirstLine("一二三四五 123456789012", 10);

        var gaps = canvas.Texts.Zip(canvas.Texts.Skip(1), (a, b) => b.X - (a.X + a.Width)).ToList();
        Assert.All(gaps, g => Assert.True(g <= LineSetter.MaxJustifyGapEm * TestText.Size + 1e-9, $"gap {g}"));
    }
}

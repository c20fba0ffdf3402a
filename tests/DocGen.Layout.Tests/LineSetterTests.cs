using DocGen.Layout;
using DocGen.Layout.Tests.Support;

namespace DocGen.Layout.Tests;

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

    [Fact]
    public void Draw_JustifiedLine_OneRunSpreadByCharacterSpacing()
    {
        // 19 characters then a word that does not fit: the 19 go out in one call, 1/18 character apart.
        var canvas = SetFirstLine("一二三四五六七八九十一二三四五六七八九 abc", 20);

        var spacing = Assert.Single(canvas.CharacterSpacings);
        Assert.Equal(TestText.Size / 18, spacing, 9);
        Assert.Equal(19, canvas.Texts.Count);
    }

    [Fact]
    public void Draw_JustifiedLineWithAWord_SpacingFallsBetweenAtomsNotInsideTheWord()
    {
        // 一二 abc 三四五六七 is 12 characters in a 12.5-character line: half a character over 9 gaps.
        var canvas = SetFirstLine("一二 abc 三四五六七八九十", 12.5);

        var word = Assert.Single(canvas.Texts, t => t.Value == "abc");
        var at = canvas.Texts.IndexOf(word);
        Assert.Equal(5.0 / 9, word.X - (canvas.Texts[at - 1].X + canvas.Texts[at - 1].Width), 9);
        Assert.Equal(5.0 / 9, canvas.Texts[at + 1].X - (word.X + word.Width), 9);
        Assert.Equal(125, canvas.Texts[^1].X + canvas.Texts[^1].Width, 9);
    }
}

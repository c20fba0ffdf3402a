using DocGen.Layout;
using DocGen.Layout.Tests.Support;

namespace DocGen.Layout.Tests;

public class ParagraphElementTests
{
    private const double Pitch = 20;

    // 25 characters at 10 per line: three lines (10, 10, 5).
    private static ParagraphElement ThreeLines(TextAlign align = TextAlign.Justify) =>
        new(TestText.Atoms("一二三四五六七八九十一二三四五六七八九十一二三四五"), new ParagraphStyle(Pitch, align));

    public static TheoryData<double, string, double> Plans => new()
    {
        // available height → plan, planned height
        { 100, "FullRender", 60 },
        { 60, "FullRender", 60 },
        { 45, "Wrap", 0 }, // two lines fit but would leave a widow: never splits 2 + 1, and 1 + 2 is an orphan
        { 19, "Wrap", 0 },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Measure_AvailableHeight_PlansLines(double height, string kind, double planned)
    {
        var plan = ThreeLines().Measure(new Size(100, height));

        Assert.Equal(kind, plan.Kind.ToString());
        Assert.Equal(planned, plan.Size.Height);
    }

    [Fact]
    public void Measure_FourLinesInSpaceForThree_LeavesTwoSoNoWidow()
    {
        var paragraph = new ParagraphElement(TestText.Atoms(new string('字', 35)), new ParagraphStyle(Pitch));

        var plan = paragraph.Measure(new Size(100, 3 * Pitch));

        Assert.Equal(SpacePlanKind.PartialRender, plan.Kind);
        Assert.Equal(2 * Pitch, plan.Size.Height);
    }

    [Fact]
    public void Draw_AcrossTwoPages_ContinuesWhereItStopped()
    {
        var paragraph = new ParagraphElement(TestText.Atoms(new string('字', 35)), new ParagraphStyle(Pitch));
        var first = new RecordingCanvas();
        var second = new RecordingCanvas();

        paragraph.Draw(first, new Box(0, 0, 100, 3 * Pitch));
        var rest = paragraph.Measure(new Size(100, 100));
        paragraph.Draw(second, new Box(0, 0, 100, 100));

        Assert.Equal(20, first.Texts.Sum(t => t.Value.Length));
        Assert.Equal(15, second.Texts.Sum(t => t.Value.Length));
        Assert.Equal(SpacePlanKind.FullRender, rest.Kind);
    }

    [Fact]
    public void Draw_Justified_FullLinesReachRightEdgeLastLineDoesNot()
    {
        // 13 characters per line at width 135: each full line has 5 pt to spread.
        var paragraph = new ParagraphElement(TestText.Atoms(new string('字', 20)), new ParagraphStyle(Pitch));
        var canvas = new RecordingCanvas();

        paragraph.Draw(canvas, new Box(0, 0, 135, 100));

        var firstLine = canvas.Texts.Where(t => t.Baseline == canvas.Texts[0].Baseline).ToList();
        var lastLine = canvas.Texts.Where(t => t.Baseline != canvas.Texts[0].Baseline).ToList();
        Assert.Equal(135, firstLine.Max(t => t.X + t.Width), 3);
        Assert.Equal(70, lastLine.Max(t => t.X + t.Width), 3);
    }

    [Fact]
    public void Draw_FirstLineIndent_StartsTwoCharactersIn()
    {
        var paragraph = new ParagraphElement(TestText.Atoms(new string('字', 20)), new ParagraphStyle(Pitch, TextAlign.Justify, FirstLineIndent: 20));
        var canvas = new RecordingCanvas();

        paragraph.Draw(canvas, new Box(0, 0, 100, 100));

        var lineStarts = canvas.Texts.GroupBy(t => t.Baseline).Select(g => g.Min(t => t.X)).ToList();
        Assert.Equal([20.0, 0.0, 0.0], lineStarts);
    }
}

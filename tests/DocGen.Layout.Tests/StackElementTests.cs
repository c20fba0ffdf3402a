using DocGen.Layout;
using DocGen.Layout.Tests.Support;

namespace DocGen.Layout.Tests;

public class StackElementTests
{
    private const double Pitch = 20;

    private static ParagraphElement Para(int characters, bool keepWithNext = false, string? bookmark = null) =>
        new(TestText.Atoms(new string('字', characters)), new ParagraphStyle(Pitch), keepWithNext, bookmark);

    [Fact]
    public void Measure_HeadingAtPageBottom_MovesWithWhatFollows()
    {
        // 4 lines of text, then a heading, then a 3-line paragraph; the page holds 5 lines.
        var heading = Para(2, keepWithNext: true, bookmark: "二、标题");
        var stack = new StackElement([Para(40), heading, Para(30)]);
        var first = new RecordingCanvas();
        var second = new RecordingCanvas();

        var plan = stack.Measure(new Size(100, 5 * Pitch));
        stack.Draw(first, new Box(0, 0, 100, 5 * Pitch));
        stack.Draw(second, new Box(0, 0, 100, 5 * Pitch));

        Assert.Equal(SpacePlanKind.PartialRender, plan.Kind);
        Assert.Equal(4 * Pitch, plan.Size.Height);
        Assert.Empty(first.Bookmarks);
        Assert.Equal(("二、标题", 0.0), Assert.Single(second.Bookmarks));
    }

    [Fact]
    public void Measure_GapAtTopOfPage_Vanishes()
    {
        var stack = new StackElement([Para(50), new GapElement(Pitch), Para(10)]);
        stack.Draw(new RecordingCanvas(), new Box(0, 0, 100, 5 * Pitch));

        var plan = stack.Measure(new Size(100, 5 * Pitch));

        Assert.Equal(SpacePlanKind.FullRender, plan.Kind);
        Assert.Equal(Pitch, plan.Size.Height);
    }

    [Fact]
    public void Measure_NothingFits_WrapsWithTheChildsReason()
    {
        var stack = new StackElement([Para(10)]);

        var plan = stack.Measure(new Size(100, Pitch / 2));

        Assert.True(plan.IsWrap);
        Assert.Contains("does not fit", plan.Reason);
    }
}

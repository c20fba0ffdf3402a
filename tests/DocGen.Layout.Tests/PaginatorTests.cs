using DocGen.Layout;
using DocGen.Layout.Tests.Support;

namespace DocGen.Layout.Tests;

public class PaginatorTests
{
    private static readonly Box Page = new(0, 0, 100, 200); // 10 lines of 10 characters

    private static IElement Narrative(int paragraphs, int characters) =>
        new StackElement(Enumerable.Range(0, paragraphs)
            .Select(_ => (IElement)new ParagraphElement(TestText.Atoms(new string('字', characters)), new ParagraphStyle(20)))
            .ToList());

    [Fact]
    public void CountPages_FiftyPagesOfNarrative_Paginates()
    {
        // 100 paragraphs of 5 lines: two per page.
        var pages = Paginator.CountPages(Narrative(100, 50), Page);

        Assert.Equal(50, pages);
    }

    [Fact]
    public void Run_EachPage_GetsItsNumberAndOnlyTheLastIsLast()
    {
        var seen = new List<(int Page, bool Last)>();

        var pages = Paginator.Run(Narrative(5, 50), Page, _ => new RecordingCanvas(), (n, _, last) => seen.Add((n, last)), CancellationToken.None);

        Assert.Equal(3, pages);
        Assert.Equal([(1, false), (2, false), (3, true)], seen);
    }

    [Fact]
    public void Run_ElementTallerThanAnyPage_FailsLoudlyWithTheReason()
    {
        var table = new TableElement(new TableSpec("tall", 1, 0,
            [[new TableCellSpec(TestText.Atoms(new string('字', 400)), CellKind.Label)]], TestText.Size), fullPageHeight: Page.Height);

        var error = Assert.Throws<LayoutException>(() => Paginator.CountPages(new StackElement([table]), Page));

        Assert.Contains("page 1", error.Message);
        Assert.Contains("table tall", error.Message);
    }

    [Fact]
    public void Run_Cancelled_StopsBetweenPages()
    {
        using var cts = new CancellationTokenSource();
        var drawn = 0;

        Assert.Throws<OperationCanceledException>(() => Paginator.Run(Narrative(100, 50), Page, _ => new RecordingCanvas(),
            (_, _, _) => { if (++drawn == 2) cts.Cancel(); }, cts.Token));
        Assert.Equal(2, drawn);
    }
}

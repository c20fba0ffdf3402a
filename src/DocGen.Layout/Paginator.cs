namespace DocGen.Layout;

/// <summary>A layout that cannot place anything on an empty page: it would loop forever.</summary>
public sealed class LayoutException(string message) : Exception(message);

/// <summary>
/// Lays a root element out page after page until it reports FullRender. Fails loudly when the
/// root cannot place anything on a fresh page, and honours cancellation between pages.
/// </summary>
internal static class Paginator
{
    public const int MaxPages = 5000;

    /// <param name="beginPage">Called with the 1-based page number; returns that page's canvas.</param>
    /// <param name="endPage">Called after a page's content is drawn, with whether it is the last page.</param>
    /// <returns>The number of pages.</returns>
    public static int Run(IElement root, Box content, Func<int, ICanvas> beginPage, Action<int, ICanvas, bool> endPage, CancellationToken cancellationToken)
    {
        for (var page = 1; page <= MaxPages; page++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var plan = root.Measure(content.Size);
            if (plan.IsWrap)
                throw new LayoutException($"page {page}: nothing fits on an empty page: {plan.Reason}");

            var canvas = beginPage(page);
            root.Draw(canvas, content);
            endPage(page, canvas, plan.IsFull);
            if (plan.IsFull) return page;
        }
        throw new LayoutException($"the document did not end within {MaxPages} pages");
    }

    /// <summary>How many pages a freshly built root takes, drawn to a canvas that discards output.</summary>
    public static int CountPages(IElement root, Box content, CancellationToken cancellationToken = default) =>
        Run(root, content, _ => DiscardingCanvas.Instance, (_, _, _) => { }, cancellationToken);
}

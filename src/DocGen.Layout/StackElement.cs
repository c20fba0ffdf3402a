namespace DocGen.Layout;

/// <summary>
/// Children one below the other. Measure and Draw share <see cref="PlanPage"/>, which decides
/// what goes on this page: a child that only partly fits ends the page, a gap at the top of a
/// page vanishes, and a keep-with-next child (a heading) moves to the next page when what follows
/// it cannot start on this one.
/// </summary>
internal sealed class StackElement(IReadOnlyList<IElement> children) : IElement
{
    private int _next;

    // Left: the height the child was measured with; Draw must offer the same so it plans the same.
    private readonly record struct Slot(IElement Child, SpacePlan Plan, double Top, double Left);

    public SpacePlan Measure(Size available)
    {
        var (slots, full, reason) = PlanPage(available);
        if (slots.Count == 0 && !full) return SpacePlan.Wrap(reason);
        var height = slots.Count == 0 ? 0 : slots[^1].Top + slots[^1].Plan.Size.Height;
        return full ? SpacePlan.Full(new Size(available.Width, height)) : SpacePlan.Partial(new Size(available.Width, height));
    }

    public void Draw(ICanvas canvas, Box area)
    {
        var (slots, _, _) = PlanPage(area.Size);
        foreach (var slot in slots)
        {
            slot.Child.Draw(canvas, new Box(area.X, area.Y + slot.Top, area.Width, slot.Left));
            if (slot.Plan.IsFull) _next = children.IndexOf(slot.Child, _next) + 1;
        }
        // Children skipped as gaps at the top of the page are done too.
        while (_next < children.Count && slots.Count == 0 && children[_next].CollapsesAtPageTop) _next++;
    }

    private (List<Slot> Slots, bool Full, string Reason) PlanPage(Size available)
    {
        var slots = new List<Slot>();
        var top = 0.0;
        for (var i = _next; i < children.Count; i++)
        {
            var child = children[i];
            if (slots.Count == 0 && child.CollapsesAtPageTop) continue;

            var left = new Size(available.Width, Math.Max(0, available.Height - top));
            var plan = child.Measure(left);
            if (plan.IsWrap)
                return (slots, false, slots.Count == 0 ? plan.Reason : "");

            if (child.KeepWithNext && plan.IsFull && slots.Count > 0 && !FollowerStarts(i, left.Height - plan.Size.Height, available.Width))
                return (slots, false, "");

            slots.Add(new Slot(child, plan, top, left.Height));
            top += plan.Size.Height;
            if (!plan.IsFull) return (slots, false, "");
        }
        return (slots, true, "");
    }

    // Whether the content after a keep-with-next child (skipping gaps and further headings) can place something below it.
    private bool FollowerStarts(int index, double height, double width)
    {
        for (var j = index + 1; j < children.Count; j++)
        {
            var follower = children[j];
            var plan = follower.Measure(new Size(width, Math.Max(0, height)));
            if (plan.IsWrap) return false;
            if (!plan.IsFull || !(follower.CollapsesAtPageTop || follower.KeepWithNext)) return true;
            height -= plan.Size.Height;
        }
        return true;
    }
}

internal static class ListExtensions
{
    public static int IndexOf<T>(this IReadOnlyList<T> list, T item, int from) where T : class
    {
        for (var i = from; i < list.Count; i++)
            if (ReferenceEquals(list[i], item)) return i;
        return -1;
    }
}

/// <summary>Vertical space between blocks; none at the top of a page.</summary>
internal sealed class GapElement(double height) : IElement
{
    public bool CollapsesAtPageTop => true;

    public SpacePlan Measure(Size available) => SpacePlan.Full(new Size(available.Width, Math.Min(height, available.Height)));

    public void Draw(ICanvas canvas, Box area) { }
}

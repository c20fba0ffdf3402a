namespace DocGen.Api;

/// <summary>What a render does when every rendering slot is taken.</summary>
public enum Admission
{
    /// <summary>Queue up to the limit, then refuse at once with RESOURCE_EXHAUSTED (unary Render).</summary>
    RejectWhenBusy,
    /// <summary>Wait for a slot; the caller bounds its own backlog (RenderBatch, the CLI).</summary>
    WaitForSlot,
}

using Grpc.Core;

namespace DocGen.Server.Calls;

/// <summary>Whether a call ended because its caller's deadline passed, rather than by a cancel.</summary>
internal static class Deadlines
{
    /// <summary>
    /// A client enforces its own deadline and resets the stream when it passes, a little before the
    /// server's copy of that deadline (counted from when the request arrived) runs out.
    /// </summary>
    private static readonly TimeSpan ClientLead = TimeSpan.FromMilliseconds(500);

    public static bool HavePassed(ServerCallContext call) =>
        call.Deadline != DateTime.MaxValue && call.Deadline - ClientLead <= DateTime.UtcNow;
}

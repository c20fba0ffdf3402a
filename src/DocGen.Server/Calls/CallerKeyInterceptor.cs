using DocGen.Api.Callers;
using DocGen.Server.Configuration;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;

namespace DocGen.Server.Calls;

/// <summary>
/// Every call but health (and reflection when Auth:Reflection is Open) carries a configured key in
/// <c>authorization: Bearer &lt;key&gt;</c>, or ends UNAUTHENTICATED before its handler runs. The
/// caller is kept for the handler, which checks each site code (PERMISSION_DENIED). With no keys
/// configured (loopback, or explicitly allowed) every call passes.
/// </summary>
internal sealed class CallerKeyInterceptor(CallerKeys keys, IOptions<AuthOptions> options) : BeforeCallInterceptor
{
    private const string CallerItem = "docgen.caller";

    /// <summary>The authenticated caller of this call; null when no keys are configured.</summary>
    public static Caller? CallerOf(ServerCallContext context) =>
        context.UserState.TryGetValue(CallerItem, out var caller) ? (Caller)caller : null;

    protected override void BeforeCall(ServerCallContext context) => Authenticate(context);

    private void Authenticate(ServerCallContext context)
    {
        if (keys.IsEmpty || IsOpen(context.Method, options.Value)) return;
        context.UserState[CallerItem] = keys.Authenticate(context.RequestHeaders.GetValue("authorization"));
    }

    /// <summary>Whether <paramref name="method"/> (its full name as the service descriptor spells it) is served without a key.</summary>
    public static bool IsOpen(string method, AuthOptions options) =>
        method.StartsWith("/grpc.health.v1.Health/", StringComparison.Ordinal) ||
        options.Reflection == ReflectionAccess.Open && method.StartsWith("/grpc.reflection.", StringComparison.Ordinal);
}

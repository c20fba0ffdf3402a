using DocGen.Api;
using DocGen.Api.Callers;
using DocGen.Server.Configuration;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace DocGen.Server.Calls;

/// <summary>
/// Whose request bytes the <see cref="RequestBytesBudget"/> holds: the connection they came on and
/// the pool they are counted in, which is the caller's key (each key its own share) or, for a call
/// without one, the one keyless pool.
/// </summary>
internal readonly record struct RequestOwner(string Connection, string Pool, long PoolShare);

/// <summary>
/// Identifies a call from its route and headers alone, before any byte of its body is read: the
/// gRPC method is the one routing matched (endpoint metadata, so <c>/DOCGEN.V1.REPORTSERVICE/RENDER</c>
/// is Render, as grpc-dotnet will serve it), the caller the one whose key the <c>authorization</c>
/// header carries.
/// </summary>
internal sealed class RequestOwners(CallerKeys keys, IOptions<AuthOptions> auth, IOptions<GrpcLimitsOptions> limits)
{
    /// <summary>The pool of calls that carry no key: health (and open reflection), or every call of a server without keys.</summary>
    public const string Keyless = "";

    /// <summary>The gRPC method routing matched for this request, or null (not a gRPC route).</summary>
    public static IMethod? MethodOf(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method;

    /// <summary>
    /// The owner of the call's request bytes; or, when the server has keys and the method needs one,
    /// false with the UNAUTHENTICATED message when the header carries no valid key.
    /// </summary>
    public bool TryIdentify(HttpContext http, IMethod method, out RequestOwner owner, out string refusal)
    {
        var options = limits.Value;
        refusal = "";
        if (keys.IsEmpty)
        {
            // Nobody is told apart: the pool is the whole budget, the connection's share still holds.
            owner = new(http.Connection.Id, Keyless, options.MaxRequestBytesInFlight);
            return true;
        }
        if (CallerKeyInterceptor.IsOpen(method.FullName, auth.Value))
        {
            owner = new(http.Connection.Id, Keyless, options.MaxKeylessRequestBytes);
            return true;
        }
        try
        {
            var caller = keys.Authenticate(http.Request.Headers.Authorization.FirstOrDefault());
            owner = new(http.Connection.Id, "key:" + caller.Name, options.MaxRequestBytesPerCaller);
            return true;
        }
        catch (ApiException e)
        {
            owner = default;
            refusal = e.Message;
            return false;
        }
    }
}

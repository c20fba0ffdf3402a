using DocGen.Api;
using DocGen.Contracts;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace DocGen.Server.Calls;

/// <summary>
/// The one place an API refusal becomes a gRPC status. Validation findings travel as a
/// google.rpc.Status with BadRequest field violations in grpc-status-details-bin.
/// </summary>
internal static class ApiErrors
{
    public static RpcException ToRpcException(ApiException e)
    {
        if (e.Findings.Count == 0) return new RpcException(new Status((StatusCode)(int)e.Code, e.Message));
        var status = new Google.Rpc.Status
        {
            Code = (int)e.Code,
            Message = e.Message,
            Details = { Any.Pack(FindingMapper.ToBadRequest(e.Findings)) },
        };
        return status.ToRpcException();
    }
}

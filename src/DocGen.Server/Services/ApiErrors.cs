using DocGen.Api;
using DocGen.Contracts;
using DocGen.Grpc;

namespace DocGen.Server.Services;

/// <summary>Turns the API's refusals into gRPC statuses; validation findings travel as BadRequest field violations.</summary>
internal static class ApiErrors
{
    public static RpcException ToRpc(ApiException e)
    {
        if (e.Findings.Count > 0)
            return RpcException.InvalidArgument(e.Message, FindingMapper.ToBadRequest(e.Findings).FieldViolations);
        return new RpcException(new Status((StatusCode)(int)e.Code, e.Message));
    }
}

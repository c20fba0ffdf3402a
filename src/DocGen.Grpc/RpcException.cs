using Google.Protobuf.WellKnownTypes;
using Google.Rpc;

namespace DocGen.Grpc;

/// <summary>
/// A call that ended with a non-OK status. Thrown by handlers to choose the status a client sees,
/// and by <see cref="Client.GrpcChannel"/> when a call fails. <see cref="RichStatus"/> travels as
/// <c>grpc-status-details-bin</c> (the google.rpc.Status error model).
/// </summary>
public sealed class RpcException : Exception
{
    public RpcException(Status status, Google.Rpc.Status? richStatus = null,
        IReadOnlyDictionary<string, string>? trailers = null)
        : base(status.ToString())
    {
        Status = status;
        RichStatus = richStatus;
        Trailers = trailers ?? EmptyTrailers;
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyTrailers = new Dictionary<string, string>();

    public Status Status { get; }
    public StatusCode StatusCode => Status.StatusCode;

    /// <summary>google.rpc.Status sent or received in <c>grpc-status-details-bin</c>, if any.</summary>
    public Google.Rpc.Status? RichStatus { get; }

    /// <summary>Trailers received with the status (client side); empty on the server side.</summary>
    public IReadOnlyDictionary<string, string> Trailers { get; }

    /// <summary>
    /// INVALID_ARGUMENT carrying a google.rpc.BadRequest, one violation per offending field:
    /// the shape clients of the rich error model expect for validation failures.
    /// </summary>
    public static RpcException InvalidArgument(string message, IEnumerable<BadRequest.Types.FieldViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations);
        var rich = new Google.Rpc.Status { Code = (int)StatusCode.InvalidArgument, Message = message };
        rich.Details.Add(Any.Pack(badRequest));
        return new RpcException(new Status(StatusCode.InvalidArgument, message), rich);
    }

    /// <summary>The BadRequest inside <see cref="RichStatus"/>, or null when there is none.</summary>
    public BadRequest? GetBadRequest()
    {
        if (RichStatus is null) return null;
        foreach (var detail in RichStatus.Details)
        {
            if (detail.TryUnpack<BadRequest>(out var badRequest)) return badRequest;
        }
        return null;
    }
}

namespace DocGen.Grpc.Client;

/// <summary>Per-call choices: when to give up, how to cancel, whether to gzip the request, extra headers.</summary>
public readonly record struct CallOptions(
    DateTime? Deadline = null,
    CancellationToken CancellationToken = default,
    bool CompressRequest = false,
    IReadOnlyDictionary<string, string>? Headers = null);

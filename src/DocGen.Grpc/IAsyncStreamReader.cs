namespace DocGen.Grpc;

/// <summary>Messages arriving on a stream, read one at a time.</summary>
public interface IAsyncStreamReader<out T>
{
    /// <summary>The message read by the last successful <see cref="MoveNext"/>.</summary>
    T Current { get; }

    /// <summary>Advances to the next message; false when the other side has finished sending.</summary>
    Task<bool> MoveNext(CancellationToken cancellationToken = default);
}

namespace DocGen.Grpc;

/// <summary>Sends response messages of a streaming call. Writes must not overlap.</summary>
public interface IServerStreamWriter<in T>
{
    Task WriteAsync(T message, CancellationToken cancellationToken = default);
}

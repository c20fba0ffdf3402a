namespace DocGen.Grpc.Client;

/// <summary>Request messages of a streaming call, as the client sends them.</summary>
public interface IClientStreamWriter<in T>
{
    Task WriteAsync(T message, CancellationToken cancellationToken = default);

    /// <summary>Tells the server no more requests follow (END_STREAM).</summary>
    Task CompleteAsync();
}

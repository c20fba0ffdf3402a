using DocGen.Grpc;
using DocGen.Grpc.Client;
using DocGen.Protos.V1;

namespace DocGen.Cli.Backends;

/// <summary>
/// Renders through DocGen servers (<c>--server</c>, see <see cref="ServerAddress"/>) with the
/// transport's own client; a batch runs on several RenderBatch calls spread over the replicas.
/// </summary>
public sealed class ServerBackend : IReportBackend
{
    private const int MaxResponseBytes = 256 * 1024 * 1024; // a long report's PDF, with room to spare
    private const int StreamsPerReplica = 4;

    private readonly (GrpcChannel Channel, string Replica)[] _replicas;
    private readonly int _streams;
    private int _next;

    public ServerBackend(string address, int? streams = null)
    {
        var parsed = ServerAddress.Parse(address);
        var scheme = parsed.Scheme == "https" ? "https" : "http";
        _replicas = parsed.Endpoints
            .SelectMany(e => parsed.Scheme == "dns" ? System.Net.Dns.GetHostAddresses(e.Host).Select(ip => (Host: ip.ToString(), e.Port)) : [e])
            .Select(e => (GrpcChannel.ForAddress($"{scheme}://{e.Host}:{e.Port}", new GrpcChannelOptions { MaxReceiveMessageSize = MaxResponseBytes }), $"{e.Host}:{e.Port}"))
            .ToArray();
        if (_replicas.Length == 0) throw new CliUsageException($"--server {address} names no server");
        _streams = streams ?? StreamsPerReplica * _replicas.Length;
    }

    private (GrpcChannel Channel, string Replica) Pick() => _replicas[(int)((uint)Interlocked.Increment(ref _next) % (uint)_replicas.Length)];

    public async Task<RenderResponse> RenderAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await Pick().Channel.UnaryAsync("/docgen.v1.ReportService/Render", request, RenderResponse.Parser,
                new CallOptions(CancellationToken: cancellationToken));
        }
        catch (RpcException e)
        {
            throw ToBackend(e);
        }
    }

    public async Task<ValidateResponse> ValidateAsync(ValidateRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await Pick().Channel.UnaryAsync("/docgen.v1.ReportService/Validate", request, ValidateResponse.Parser,
                new CallOptions(CancellationToken: cancellationToken));
        }
        catch (RpcException e)
        {
            throw ToBackend(e);
        }
    }

    public Task RenderBatchAsync(IAsyncEnumerable<RenderRequest> requests, Func<RenderResult, string?, Task> onResult, CancellationToken cancellationToken) =>
        new BatchLanes(RenderChunkAsync, _streams).RunAsync(requests, onResult, cancellationToken);

    /// <summary>One RenderBatch call over a chunk, on the next replica.</summary>
    private async Task RenderChunkAsync(IReadOnlyList<RenderRequest> requests, Func<RenderResult, string, Task> onResult, CancellationToken cancellationToken)
    {
        var (channel, replica) = Pick();
        using var call = channel.DuplexStreaming<RenderRequest, RenderResult>("/docgen.v1.ReportService/RenderBatch",
            RenderResult.Parser, new CallOptions(CancellationToken: cancellationToken));
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // HTTP/2 flow control holds the writer back when the server stops reading (its backpressure).
        var send = Task.Run(async () =>
        {
            foreach (var request in requests)
                await call.RequestStream.WriteAsync(request, failed.Token);
            await call.RequestStream.CompleteAsync();
        }, failed.Token);
        try
        {
            while (await call.ResponseStream.MoveNext(cancellationToken))
                await onResult(call.ResponseStream.Current, replica);
        }
        catch (RpcException e)
        {
            await failed.CancelAsync();
            await Observe(send);
            throw ToBackend(e);
        }
        catch
        {
            await failed.CancelAsync(); // e.g. an output could not be written: stop sending
            await Observe(send);
            throw;
        }
        await send;
    }

    private static async Task Observe(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception e) when (e is OperationCanceledException or RpcException)
        {
            // The reason the batch stopped is already being reported.
        }
    }

    public ValueTask DisposeAsync()
    {
        foreach (var (channel, _) in _replicas) channel.Dispose();
        return ValueTask.CompletedTask;
    }

    private static BackendException ToBackend(RpcException e)
    {
        var findings = e.GetBadRequest()?.FieldViolations
            .Select(v => new Finding { Severity = Finding.Types.Severity.Error, Path = v.Field, Message = v.Description })
            .ToArray() ?? [];
        return new BackendException((int)e.StatusCode, e.Status.Detail, findings);
    }
}

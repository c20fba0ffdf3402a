using DocGen.Protos.V1;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace DocGen.Cli.Backends;

/// <summary>
/// Renders through DocGen servers (<c>--server</c>, see <see cref="ServerAddress"/>) with the
/// generated client on Grpc.Net.Client. For <c>dns:///</c> and <c>static:///</c> the channel
/// balances calls round robin over every address; a batch runs on several RenderBatch calls at
/// once (<see cref="BatchLanes"/>), so it spreads over the replicas and survives losing one.
/// </summary>
public sealed class ServerBackend : IReportBackend
{
    private const int MaxResponseBytes = 256 * 1024 * 1024; // a long report's PDF, with room to spare
    private const int StreamsPerReplica = 4;

    private readonly ServerChannel _server;
    private readonly GrpcChannel _channel;
    private readonly ReportService.ReportServiceClient _reports;
    private readonly int _streams;

    /// <param name="key">The API key sent as <c>authorization: Bearer &lt;key&gt;</c> on every call; null for a server without keys.</param>
    /// <param name="streams">RenderBatch calls a batch runs at once; null for 4 per replica.</param>
    public ServerBackend(string address, string? key = null, int? streams = null)
    {
        var parsed = ServerAddress.Parse(address);
        _server = new ServerChannel(parsed, MaxResponseBytes);
        _channel = _server.Channel;
        var calls = _channel.CreateCallInvoker();
        if (!string.IsNullOrEmpty(key))
            calls = calls.Intercept(headers =>
            {
                headers.Add("authorization", "Bearer " + key);
                return headers;
            });
        _reports = new ReportService.ReportServiceClient(calls);
        _streams = streams ?? StreamsPerReplica * ReplicaCount(parsed);
    }

    public async Task<RenderResponse> RenderAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await _reports.RenderAsync(request, cancellationToken: cancellationToken);
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
            return await _reports.ValidateAsync(request, cancellationToken: cancellationToken);
        }
        catch (RpcException e)
        {
            throw ToBackend(e);
        }
    }

    public Task RenderBatchAsync(IAsyncEnumerable<RenderRequest> requests, Func<RenderResult, string?, Task> onResult, CancellationToken cancellationToken) =>
        new BatchLanes(RenderChunkAsync, _streams).RunAsync(requests, onResult, cancellationToken);

    /// <summary>One RenderBatch call over a chunk, on the replica the balancer picks.</summary>
    private async Task RenderChunkAsync(IReadOnlyList<RenderRequest> requests, Func<RenderResult, string, Task> onResult, CancellationToken cancellationToken)
    {
        var replica = ReplicaTagHandler.Track();
        using var call = _reports.RenderBatch(cancellationToken: cancellationToken);
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
                await onResult(call.ResponseStream.Current, replica.Value ?? "?");
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

    private static int ReplicaCount(ServerAddress address)
    {
        if (address.Scheme != "dns") return address.Endpoints.Count;
        try
        {
            return Math.Max(1, System.Net.Dns.GetHostAddresses(address.Endpoints[0].Host).Length);
        }
        catch (System.Net.Sockets.SocketException)
        {
            return 1; // the channel's resolver reports the failure on the first call
        }
    }

    private static async Task Observe(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception e) when (e is OperationCanceledException or RpcException or InvalidOperationException or IOException)
        {
            // The call's own failure is already being reported; a write into a reset connection
            // fails with IOException ("the request was aborted") while the read gets UNAVAILABLE.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
    }

    private static BackendException ToBackend(RpcException e)
    {
        var findings = e.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>()?.FieldViolations
            .Select(v => new Finding { Severity = Finding.Types.Severity.Error, Path = v.Field, Message = v.Description })
            .ToArray() ?? [];
        return new BackendException((int)e.StatusCode, e.Status.Detail, findings);
    }
}

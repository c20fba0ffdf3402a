using DocGen.Protos.V1;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace DocGen.Cli.Backends;

/// <summary>Renders through a DocGen server (<c>--server URL</c>) with the generated client on Grpc.Net.Client.</summary>
public sealed class ServerBackend : IReportBackend
{
    private const int MaxResponseBytes = 256 * 1024 * 1024; // a long report's PDF, with room to spare

    private readonly GrpcChannel _channel;
    private readonly ReportService.ReportServiceClient _reports;

    /// <param name="key">The API key sent as <c>authorization: Bearer &lt;key&gt;</c> on every call; null for a server without keys.</param>
    public ServerBackend(string address, string? key = null)
    {
        _channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { MaxReceiveMessageSize = MaxResponseBytes });
        var calls = _channel.CreateCallInvoker();
        if (!string.IsNullOrEmpty(key))
            calls = calls.Intercept(headers =>
            {
                headers.Add("authorization", "Bearer " + key);
                return headers;
            });
        _reports = new ReportService.ReportServiceClient(calls);
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

    public async Task RenderBatchAsync(IAsyncEnumerable<RenderRequest> requests, Func<RenderResult, Task> onResult, CancellationToken cancellationToken)
    {
        using var call = _reports.RenderBatch(cancellationToken: cancellationToken);
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // HTTP/2 flow control holds the writer back when the server stops reading (its backpressure).
        var send = Task.Run(async () =>
        {
            await foreach (var request in requests.WithCancellation(failed.Token))
                await call.RequestStream.WriteAsync(request, failed.Token);
            await call.RequestStream.CompleteAsync();
        }, failed.Token);
        try
        {
            while (await call.ResponseStream.MoveNext(cancellationToken))
                await onResult(call.ResponseStream.Current);
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
        catch (Exception e) when (e is OperationCanceledException or RpcException or InvalidOperationException)
        {
            // The reason the batch stopped is already being reported.
        }
    }

    public ValueTask DisposeAsync()
    {
        _channel.Dispose();
        return ValueTask.CompletedTask;
    }

    private static BackendException ToBackend(RpcException e)
    {
        var findings = e.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>()?.FieldViolations
            .Select(v => new Finding { Severity = Finding.Types.Severity.Error, Path = v.Field, Message = v.Description })
            .ToArray() ?? [];
        return new BackendException((int)e.StatusCode, e.Status.Detail, findings);
    }
}

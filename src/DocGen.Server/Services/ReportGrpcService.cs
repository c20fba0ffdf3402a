using DocGen.Api;
using DocGen.Grpc;
using DocGen.Protos.V1;
using Status = DocGen.Grpc.Status;

namespace DocGen.Server.Services;

/// <summary>docgen.v1.ReportService over the transport: Render, RenderBatch, Validate.</summary>
internal sealed class ReportGrpcService(ReportApi api, int batchWindow)
{
    public ServiceDefinition Definition() =>
        ServiceDefinition.For("docgen.v1.ReportService")
            .Unary<RenderRequest, RenderResponse>("Render", RenderRequest.Parser, RenderAsync)
            .DuplexStreaming<RenderRequest, RenderResult>("RenderBatch", RenderRequest.Parser, RenderBatchAsync)
            .Unary<ValidateRequest, ValidateResponse>("Validate", ValidateRequest.Parser, ValidateAsync);

    private async Task<RenderResponse> RenderAsync(RenderRequest request, ServerCallContext context)
    {
        try
        {
            return await api.RenderAsync(request, Admission.RejectWhenBusy, context.CancellationToken);
        }
        catch (ApiException e)
        {
            throw ApiErrors.ToRpc(e);
        }
    }

    /// <summary>
    /// On shutdown a batch stops reading, finishes every request it has read, and ends with
    /// UNAVAILABLE when requests were left unread, so the client resends exactly those.
    /// </summary>
    private async Task RenderBatchAsync(IAsyncStreamReader<RenderRequest> requests, IServerStreamWriter<RenderResult> results, ServerCallContext context)
    {
        var input = new BatchInput(requests, context.CancellationToken, context.ServerStopping);
        await BatchPipeline.ForApi(api, batchWindow).RunAsync(
            input.ReadAsync(),
            (result, ct) => results.WriteAsync(result, ct),
            context.CancellationToken);
        if (input.CutShortByShutdown)
            throw new RpcException(new Status(StatusCode.Unavailable,
                "the server is shutting down: every request it read has its result; send the others again"));
    }

    private async Task<ValidateResponse> ValidateAsync(ValidateRequest request, ServerCallContext context)
    {
        try
        {
            return await api.ValidateAsync(request, Admission.RejectWhenBusy, context.CancellationToken);
        }
        catch (ApiException e)
        {
            throw ApiErrors.ToRpc(e);
        }
    }
}

/// <summary>The requests of one RenderBatch call, read until the client half-closes or the server starts stopping.</summary>
internal sealed class BatchInput(IAsyncStreamReader<RenderRequest> reader, CancellationToken callCancelled, CancellationToken serverStopping)
{
    public bool CutShortByShutdown { get; private set; }

    public async IAsyncEnumerable<RenderRequest> ReadAsync()
    {
        using var readCancelled = CancellationTokenSource.CreateLinkedTokenSource(callCancelled, serverStopping);
        while (true)
        {
            bool more;
            try
            {
                more = !serverStopping.IsCancellationRequested && await reader.MoveNext(readCancelled.Token);
            }
            catch (OperationCanceledException) when (serverStopping.IsCancellationRequested && !callCancelled.IsCancellationRequested)
            {
                more = false;
            }
            if (!more)
            {
                CutShortByShutdown = serverStopping.IsCancellationRequested;
                yield break;
            }
            yield return reader.Current;
        }
    }
}

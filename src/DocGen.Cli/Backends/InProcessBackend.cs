using DocGen.Api;
using DocGen.Protos.V1;

namespace DocGen.Cli.Backends;

/// <summary>Renders in this process with the same API code the server runs.</summary>
public sealed class InProcessBackend(ReportApi api, int batchWindow) : IReportBackend
{
    public async Task<RenderResponse> RenderAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await api.RenderAsync(request, Admission.WaitForSlot, cancellationToken);
        }
        catch (ApiException e)
        {
            throw new BackendException((int)e.Code, e.Message, e.Findings.Select(DocGen.Contracts.FindingMapper.ToProto).ToArray());
        }
    }

    public async Task<ValidateResponse> ValidateAsync(ValidateRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await api.ValidateAsync(request, Admission.WaitForSlot, cancellationToken);
        }
        catch (ApiException e)
        {
            throw new BackendException((int)e.Code, e.Message, []);
        }
    }

    public Task RenderBatchAsync(IAsyncEnumerable<RenderRequest> requests, Func<RenderResult, string?, Task> onResult, CancellationToken cancellationToken) =>
        BatchPipeline.ForApi(api, batchWindow).RunAsync(requests, (result, _) => onResult(result, null), cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

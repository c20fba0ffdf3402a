using System.Runtime.CompilerServices;
using DocGen.Api;
using DocGen.Grpc;
using DocGen.Protos.V1;

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

    private Task RenderBatchAsync(IAsyncStreamReader<RenderRequest> requests, IServerStreamWriter<RenderResult> results, ServerCallContext context) =>
        BatchPipeline.ForApi(api, batchWindow).RunAsync(
            ReadAll(requests, context.CancellationToken),
            (result, ct) => results.WriteAsync(result, ct),
            context.CancellationToken);

    private Task<ValidateResponse> ValidateAsync(ValidateRequest request, ServerCallContext context)
    {
        try
        {
            return Task.FromResult(api.Validate(request));
        }
        catch (ApiException e)
        {
            throw ApiErrors.ToRpc(e);
        }
    }

    private static async IAsyncEnumerable<RenderRequest> ReadAll(IAsyncStreamReader<RenderRequest> reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await reader.MoveNext(cancellationToken)) yield return reader.Current;
    }
}

using DocGen.Api;
using DocGen.Protos.V1;
using DocGen.Server.Calls;
using DocGen.Server.Configuration;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Status = Grpc.Core.Status;

namespace DocGen.Server.Services;

/// <summary>docgen.v1.ReportService over <see cref="ReportApi"/>; refusals become statuses in <c>StatusMappingInterceptor</c>.</summary>
internal sealed class ReportGrpcService(ReportApi api, ImportApi importApi, IOptions<RenderingOptions> rendering, IHostApplicationLifetime lifetime)
    : ReportService.ReportServiceBase
{
    public override Task<RenderResponse> Render(RenderRequest request, ServerCallContext context) =>
        api.RenderAsync(request, Admission.RejectWhenBusy, context.CancellationToken, CallerKeyInterceptor.CallerOf(context));

    public override Task<ValidateResponse> Validate(ValidateRequest request, ServerCallContext context) =>
        api.ValidateAsync(request, Admission.RejectWhenBusy, context.CancellationToken, CallerKeyInterceptor.CallerOf(context));

    public override Task<ImportResponse> ImportReport(ImportRequest request, ServerCallContext context) =>
        importApi.ImportAsync(request, Admission.RejectWhenBusy, context.CancellationToken, CallerKeyInterceptor.CallerOf(context));

    public override Task<Protos.V1.Layout> GetLayout(GetLayoutRequest request, ServerCallContext context) =>
        Task.FromResult(LayoutApi.GetLayout(request));

    /// <summary>
    /// On shutdown a batch stops reading, finishes every request it has read, and ends with
    /// UNAVAILABLE when requests were left unread, so the client resends exactly those.
    /// </summary>
    public override async Task RenderBatch(IAsyncStreamReader<RenderRequest> requestStream, IServerStreamWriter<RenderResult> responseStream, ServerCallContext context)
    {
        var hold = context.GetHttpContext().Features.Get<BatchHold>();
        var input = new BatchInput(requestStream, hold, context.CancellationToken, lifetime.ApplicationStopping);
        await BatchPipeline.ForApi(api, rendering.Value.EffectiveBatchWindow, CallerKeyInterceptor.CallerOf(context)).RunAsync(
            input.ReadAsync(),
            (result, ct) => responseStream.WriteAsync(result, ct),
            context.CancellationToken,
            input.Done);
        if (input.CutShortByShutdown)
            throw new RpcException(new Status(StatusCode.Unavailable,
                "the server is shutting down: every request it read has its result; send the others again"));
    }
}

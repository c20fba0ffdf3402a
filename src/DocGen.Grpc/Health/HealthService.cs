using System.Threading.Channels;
using DocGen.Grpc.Health.V1;
using ServingStatus = DocGen.Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace DocGen.Grpc.Health;

/// <summary>grpc.health.v1.Health over a <see cref="HealthStatusStore"/>.</summary>
public sealed class HealthService(HealthStatusStore store)
{
    public const string ServiceName = "grpc.health.v1.Health";

    public ServiceDefinition Definition => ServiceDefinition.For(ServiceName)
        .Unary<HealthCheckRequest, HealthCheckResponse>("Check", HealthCheckRequest.Parser, Check)
        .ServerStreaming<HealthCheckRequest, HealthCheckResponse>("Watch", HealthCheckRequest.Parser, WatchAsync);

    /// <summary>The status of a known service; NOT_FOUND for one the store has never heard of (per the spec).</summary>
    public Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context)
    {
        if (!store.TryGetStatus(request.Service, out var status))
            throw new RpcException(new Status(StatusCode.NotFound, $"Unknown service '{request.Service}'."));
        return Task.FromResult(new HealthCheckResponse { Status = status });
    }

    /// <summary>
    /// Sends the current status at once (SERVICE_UNKNOWN when unknown), then each change, until
    /// the client leaves or the server stops: a watch would otherwise hold shutdown open.
    /// </summary>
    public async Task WatchAsync(HealthCheckRequest request, IServerStreamWriter<HealthCheckResponse> responses,
        ServerCallContext context)
    {
        var changes = Channel.CreateUnbounded<ServingStatus>(new UnboundedChannelOptions { SingleReader = true });
        void OnChanged(string service, ServingStatus status)
        {
            if (service == request.Service) changes.Writer.TryWrite(status);
        }

        store.Changed += OnChanged;
        try
        {
            using var until = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, context.ServerStopping);
            var current = store.TryGetStatus(request.Service, out var known) ? known : ServingStatus.ServiceUnknown;
            await responses.WriteAsync(new HealthCheckResponse { Status = current }, until.Token);
            var last = current;
            while (await changes.Reader.WaitToReadAsync(until.Token))
            {
                while (changes.Reader.TryRead(out var next))
                {
                    if (next == last) continue;
                    last = next;
                    await responses.WriteAsync(new HealthCheckResponse { Status = next }, until.Token);
                }
            }
        }
        catch (OperationCanceledException) when (context.ServerStopping.IsCancellationRequested
                                                 && !context.CancellationToken.IsCancellationRequested)
        {
            // Ending the stream with OK lets the host finish draining; clients re-watch elsewhere.
        }
        finally
        {
            store.Changed -= OnChanged;
        }
    }
}

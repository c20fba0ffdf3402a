using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace DocGen.Cli.Commands;

/// <summary><c>docgen health --server URL</c>: exit 0 when the server answers SERVING (the Docker health check).</summary>
public static class HealthCommand
{
    public static async Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var address = args.Option("server") ?? "http://127.0.0.1:50051";
        using var channel = GrpcChannel.ForAddress(address);
        try
        {
            var response = await new Health.HealthClient(channel).CheckAsync(
                new HealthCheckRequest { Service = args.Option("service") ?? "" },
                deadline: DateTime.UtcNow.AddSeconds(5), cancellationToken: ct);
            stdout.WriteLine($"{address}: {response.Status}");
            return response.Status == HealthCheckResponse.Types.ServingStatus.Serving ? 0 : 1;
        }
        catch (RpcException e)
        {
            stderr.WriteLine($"{address}: {e.StatusCode}: {e.Status.Detail}");
            return 1;
        }
    }
}

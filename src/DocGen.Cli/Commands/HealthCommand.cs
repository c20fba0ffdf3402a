using DocGen.Grpc;
using DocGen.Grpc.Client;
using DocGen.Grpc.Health.V1;

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
            var response = await channel.UnaryAsync("/grpc.health.v1.Health/Check",
                new HealthCheckRequest { Service = args.Option("service") ?? "" }, HealthCheckResponse.Parser,
                new CallOptions(Deadline: DateTime.UtcNow.AddSeconds(5), CancellationToken: ct));
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

using DocGen.Cli.Backends;
using Grpc.Core;
using Grpc.Health.V1;

namespace DocGen.Cli.Commands;

/// <summary><c>docgen health [--server ADDRESS]</c>: exit 0 when the server answers SERVING (the container's health check).</summary>
public static class HealthCommand
{
    public static async Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var text = args.Option("server") ?? "http://127.0.0.1:50051";
        await using var server = new ServerChannel(ServerAddress.Parse(text));
        try
        {
            var response = await new Health.HealthClient(server.Channel).CheckAsync(
                new HealthCheckRequest { Service = args.Option("service") ?? "" },
                deadline: DateTime.UtcNow.AddSeconds(5), cancellationToken: ct);
            stdout.WriteLine($"{text}: {response.Status}");
            return response.Status == HealthCheckResponse.Types.ServingStatus.Serving ? 0 : 1;
        }
        catch (RpcException e)
        {
            stderr.WriteLine($"{text}: {e.StatusCode}: {e.Status.Detail}");
            return 1;
        }
    }
}

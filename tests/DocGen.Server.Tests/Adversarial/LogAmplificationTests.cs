using DocGen.Server.Tests.Support;

namespace DocGen.Server.Tests.Adversarial;

/// <summary>
/// Issue 24, failure 4, against the real server process: 500 calls of a 69-byte message that is not
/// protobuf (each was an Error with a stack trace, 1.2 KB of log) leave no Error and no stack trace
/// in the server's log, a line each for only the first few, and one line per interval counting the
/// rest; the server still answers each call with a status.
/// </summary>
public sealed class LogAmplificationTests
{
    private const int Calls = 500;

    [Fact]
    public async Task InvalidProtobufFlood_NoErrorNoStackTraceAndTheLogRateLimited()
    {
        await using var server = await ServerProcess.StartAsync();
        using var http = RawGrpc.H2cClient(server.Address);
        // A 64-byte payload of 0xFF: field number 0x1FFFFFFF... with wire type 7, which protobuf refuses.
        var body = new byte[69];
        body[4] = 64;
        Array.Fill(body, (byte)0xFF, 5, 64);
        var linesBefore = server.Output.Count;

        var statuses = new List<string?>();
        for (var i = 0; i < Calls; i++)
        {
            using var response = await http.SendAsync(RawGrpc.Post("/docgen.v1.ReportService/Validate", body, "application/grpc"));
            await response.Content.ReadAsByteArrayAsync();
            statuses.Add(RawGrpc.StatusHeader(response, "grpc-status"));
        }
        await Poll.UntilAsync(() => server.Output.Any(l => l.Contains("ended by the client's mistake", StringComparison.Ordinal)), "the interval's summary line");

        var lines = server.Output.Skip(linesBefore).ToList();
        Assert.All(statuses, s => Assert.NotEqual("0", s));
        Assert.DoesNotContain(lines, l => l.Contains("fail:", StringComparison.Ordinal) || l.Contains("crit:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("InvalidProtocolBufferException", StringComparison.Ordinal) || l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        // The first calls of the interval have their own line; the rest are one summary line.
        Assert.True(lines.Count < 100, $"{lines.Count} log lines for {Calls} calls:\n{string.Join("\n", lines.Take(30))}");
        Assert.Contains(lines, l => l.Contains("ended by the client's mistake", StringComparison.Ordinal) && l.Contains("/docgen.v1.ReportService/Validate", StringComparison.Ordinal));
    }
}

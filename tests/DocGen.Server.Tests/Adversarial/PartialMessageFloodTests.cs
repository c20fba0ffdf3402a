using System.Net;
using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Grpc.Net.Client;

namespace DocGen.Server.Tests.Adversarial;

/// <summary>
/// Finding 2 at CI size, against the real server process: two connections open 32 Render streams
/// each, every one declaring a message at the 4 MiB receive limit and sending all of it but the
/// last byte, then holding. Each connection may hold Grpc:MaxRequestBytesPerConnection of
/// request bytes; the streams past it are refused RESOURCE_EXHAUSTED before anything is
/// buffered, a normal Render on another connection still succeeds, and the server's memory grows
/// by no more than the configured budget allows (without it the streams would hold 256 MiB).
/// Runs alone: its hundreds of MiB over loopback would starve the other tests' servers, and
/// their work would blur the RSS it reads.
/// </summary>
[Collection(Alone)]
public sealed class PartialMessageFloodTests
{
    public const string Alone = "partial-message flood, alone";

    private const string Render = "/docgen.v1.ReportService/Render";
    private const int MessageBytes = 4 * 1024 * 1024; // Grpc:MaxReceiveMessageBytes, the default
    private const long BudgetBytes = 48L * 1024 * 1024;
    private const long PerConnectionBytes = 16L * 1024 * 1024;
    private const int Connections = 2;
    private const int StreamsPerConnection = 32; // Grpc:MaxStreamsPerConnection, the default

    [Fact]
    public async Task Render_StreamsHoldingPartialMessages_RefusedPastEachConnectionsShareWhileNormalRendersSucceedAndMemoryStaysBounded()
    {
        await using var server = await ServerProcess.StartAsync(
            $"--Grpc:MaxRequestBytesInFlight={BudgetBytes}", $"--Grpc:MaxRequestBytesPerConnection={PerConnectionBytes}");
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { MaxReceiveMessageSize = 64 << 20 });
        var reports = new ReportService.ReportServiceClient(channel);
        // Fonts, templates, JIT, and the heap at its working size for renders: the attack is judged
        // by what it adds to the peak normal rendering reaches, not to the memory at rest.
        for (var i = 0; i < 2; i++) await reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"));
        var before = server.PeakRssMiB;

        var release = new TaskCompletionSource();
        using var attack = new CancellationTokenSource();
        var attackers = Enumerable.Range(0, Connections).Select(_ => RawGrpc.H2cClient(server.Address)).ToArray();
        var streams = attackers.SelectMany(http => Enumerable.Range(0, StreamsPerConnection).Select(_ =>
        {
            var sent = new TaskCompletionSource();
            // A prefix declaring the message and all but its last byte.
            var request = HeldBody.Post(Render, HeldBody.Prefix(MessageBytes, MessageBytes - 1), release.Task, sent);
            return (Sent: sent.Task, Answer: http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attack.Token));
        })).ToArray();
        // Every stream is either answered (refused) or has sent its bytes and is held.
        await Task.WhenAll(streams.Select(s => Task.WhenAny(s.Sent, s.Answer)));
        var refused = streams.Where(s => s.Answer.IsCompletedSuccessfully).Select(s => RawGrpc.StatusHeader(s.Answer.Result, "grpc-status")).ToList();
        var normal = await reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"));
        var peak = server.PeakRssMiB;
        await attack.CancelAsync();
        release.SetResult();
        foreach (var http in attackers) http.Dispose();

        var heldPerConnection = (int)(PerConnectionBytes / (5 + MessageBytes));
        Assert.Equal(Connections * (StreamsPerConnection - heldPerConnection), refused.Count);
        Assert.All(refused, status => Assert.Equal("8", status)); // RESOURCE_EXHAUSTED
        Assert.True(normal.PageCount > 0);
        // What the streams may hold (the budget) plus 32 MiB for HTTP/2 windows, buffers and the
        // GC's slack: 2026-12-01 the server grew 32 MiB under this attack, and 181 MiB with the
        // budget and shares set to 1 GiB (the streams unbounded).
        var ceiling = before + (BudgetBytes >> 20) + 32;
        Assert.True(peak < ceiling, $"server peak RSS {peak:0} MiB under the attack, from a peak of {before:0} MiB rendering alone; the ceiling is {ceiling:0} MiB");
    }
}

[CollectionDefinition(PartialMessageFloodTests.Alone, DisableParallelization = true)]
public sealed class PartialMessageFloodCollection;

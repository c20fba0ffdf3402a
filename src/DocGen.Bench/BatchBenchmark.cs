using System.Diagnostics;
using DocGen.Bench.Support;
using Grpc.Core;
using Grpc.Net.Client;
using DocGen.Protos.V1;

namespace DocGen.Bench;

/// <summary>
/// One RenderBatch of N reports (default 10,000) made from the fixtures with varied figures,
/// HTML page + PDF each, against the real server process. Reports reports/s, the server's peak
/// RSS (target ≤ 400 MB), and checks that every request_id came back exactly once.
/// </summary>
public sealed class BatchBenchmark : IBenchmark
{
    public string Name => "batch";

    public string Description => "RenderBatch of --reports N (10000) varied reports over gRPC; reports/s, peak server RSS, every request_id accounted for; " +
                                 "with --servers 1,2,3 through docgen batch's backend over that many replicas, with each one's share and CPU";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var reports = new BenchArguments(args).Int("reports", 10_000);
        if (new BenchArguments(args).Option("servers") is not null)
            return await BatchScaling.RunAsync(new BenchArguments(args).Ints("servers", [1]), reports, cancellationToken);
        await using var server = await ServerProcess.StartAsync(cancellationToken);
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { MaxReceiveMessageSize = 64 << 20 });
        Console.WriteLine($"RenderBatch of {reports} reports (4 fixtures, varied figures, HTML_PAGE+PDF) to {server.Address}, {Environment.ProcessorCount} cores");

        var outstanding = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = 0;
        var failed = new List<string>();
        var clock = Stopwatch.StartNew();
        using var call = new ReportService.ReportServiceClient(channel).RenderBatch(cancellationToken: cancellationToken);
        var send = Task.Run(async () =>
        {
            for (var i = 0; i < reports; i++)
            {
                var request = VariedReports.Mixed(i, OutputFormat.HtmlPage, OutputFormat.Pdf);
                lock (outstanding) outstanding.Add(request.RequestId);
                await call.RequestStream.WriteAsync(request, cancellationToken);
            }
            await call.RequestStream.CompleteAsync();
        }, cancellationToken);

        var received = 0;
        var peakSampled = 0.0;
        while (await call.ResponseStream.MoveNext(cancellationToken))
        {
            var result = call.ResponseStream.Current;
            lock (outstanding)
            {
                if (!outstanding.Remove(result.RequestId)) duplicates++;
            }
            if (result.OutcomeCase != RenderResult.OutcomeOneofCase.Response) failed.Add($"{result.RequestId}: {result.Error?.Message}");
            if (++received % 500 == 0)
            {
                peakSampled = Math.Max(peakSampled, server.RssMiB);
                Console.WriteLine($"  {received,6}/{reports}  {received / clock.Elapsed.TotalSeconds,6:0.0} reports/s  server RSS {server.RssMiB:0} MiB");
            }
        }
        await send;
        clock.Stop();

        Console.WriteLine($"status {call.GetStatus().StatusCode}; {received} results in {clock.Elapsed.TotalSeconds:0.0} s = {received / clock.Elapsed.TotalSeconds:0.0} reports/s");
        Console.WriteLine($"server peak RSS (VmHWM) {server.PeakRssMiB:0} MiB");
        Console.WriteLine($"request_ids: {reports} sent, {received} results, {outstanding.Count} missing, {duplicates} duplicated, {failed.Count} failed");
        foreach (var f in failed.Take(10)) Console.WriteLine("  failed " + f);
        return outstanding.Count == 0 && duplicates == 0 && failed.Count == 0 && call.GetStatus().StatusCode == StatusCode.OK ? 0 : 1;
    }
}

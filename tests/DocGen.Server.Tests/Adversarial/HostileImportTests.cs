using System.Diagnostics;
using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using DocGen.Tests.Shared;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Xunit.Abstractions;

namespace DocGen.Server.Tests.Adversarial;

/// <summary>
/// Issue 24, failures 1 and 2, against the real server process and the real CLI: the documents that
/// held both render slots for five minutes or took the server to gigabytes are refused naming the
/// limit they pass, the process's memory stays within a bound far below what they took, a probe
/// Render is served afterwards, and an import whose deadline passes gives its slot back.
/// Runs alone: it reads the server's resident memory.
/// </summary>
[Collection(PartialMessageFloodTests.Alone)]
public sealed class HostileImportTests(ITestOutputHelper output)
{
    /// <summary>Above a server at rest with its fonts loaded; the bombs took it 3.7 GB past that.</summary>
    private const double GrowthBoundMiB = 400;

    private static readonly string[] Documents = ["bar lines", "nested flate bomb", "flate bomb", "text operators", "unclosed cells"];

    private static (byte[] Bytes, string Name) Document(string which) => which switch
    {
        "bar lines" => (HostileDocuments.BarLines(), "report.txt"),
        "nested flate bomb" => (HostileDocuments.NestedFlateBomb, "report.pdf"),
        "flate bomb" => (HostileDocuments.FlateBomb, "report.pdf"),
        "text operators" => (HostileDocuments.TextOperatorFlood, "report.pdf"),
        _ => (HostileDocuments.UnclosedCells(), "report.html"),
    };

    [Fact]
    public async Task ImportReport_EveryHostileDocumentTwiceAtOnce_RefusedNamingTheLimitWhileMemoryStaysBoundedAndRenderIsServed()
    {
        await using var server = await ServerProcess.StartAsync("--Rendering:MaxConcurrency=2", "--Rendering:QueueLimit=16");
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { MaxSendMessageSize = 64 << 20 });
        var reports = new ReportService.ReportServiceClient(channel);
        await reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json")); // fonts, templates, JIT
        var before = server.RssMiB;

        foreach (var which in Documents)
        {
            var (bytes, name) = Document(which);
            var request = new ImportRequest { Document = ByteString.CopyFrom(bytes), FileName = name };
            var calls = Enumerable.Range(0, 2).Select(_ => Refusal(reports.ImportReportAsync(request, deadline: DateTime.UtcNow.AddMinutes(2)).ResponseAsync)).ToArray();
            foreach (var e in await Task.WhenAll(calls))
            {
                output.WriteLine($"{which}: {e.StatusCode} {e.Status.Detail}");
                Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
                Assert.Matches("more than [0-9,]+ (bytes|paragraphs|elements)", e.Status.Detail);
            }
            output.WriteLine($"{which}: peak RSS {server.PeakRssMiB:N0} MiB (at rest {before:N0} MiB)");
        }
        var probe = await reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), deadline: DateTime.UtcNow.AddMinutes(2));

        Assert.True(probe.PageCount > 0);
        Assert.True(server.PeakRssMiB - before < GrowthBoundMiB, $"peak {server.PeakRssMiB:N0} MiB, {before:N0} MiB at rest");
    }

    [Fact]
    public async Task ImportReport_DeadlinePassesWhileReadingTheLargestTextAccepted_SlotFreedForTheNextRender()
    {
        await using var server = await ServerProcess.StartAsync("--Rendering:MaxConcurrency=1", "--Rendering:QueueLimit=1");
        using var channel = GrpcChannel.ForAddress(server.Address);
        var reports = new ReportService.ReportServiceClient(channel);
        await reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"));
        // Just under the block limit: read for a while rather than refused at once.
        var largest = new ImportRequest { Document = ByteString.CopyFrom(HostileDocuments.BarLines(DocGen.Import.ImportLimits.MaxBlocks - 10)), FileName = "report.txt" };

        var e = await Refusal(reports.ImportReportAsync(largest, deadline: DateTime.UtcNow.AddMilliseconds(200)).ResponseAsync);
        var clock = Stopwatch.StartNew();
        var probe = await reports.RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), deadline: DateTime.UtcNow.AddMinutes(1));
        output.WriteLine($"probe served {clock.Elapsed.TotalSeconds:N2} s after the import's deadline");

        Assert.Equal(StatusCode.DeadlineExceeded, e.StatusCode);
        Assert.True(probe.PageCount > 0);
    }

    [Theory]
    [InlineData("nested flate bomb")]
    [InlineData("flate bomb")]
    [InlineData("text operators")]
    [InlineData("unclosed cells")]
    public async Task DocgenImport_HostileDocument_RefusedWithinAMemoryBound(string which)
    {
        var (bytes, name) = Document(which);
        var folder = Directory.CreateTempSubdirectory("docgen-hostile-import-").FullName;
        try
        {
            var file = Path.Combine(folder, name);
            await File.WriteAllBytesAsync(file, bytes);
            var dll = Path.Combine(AppContext.BaseDirectory, "docgen.dll");
            using var process = Process.Start(new ProcessStartInfo("dotnet", [dll, "import", file, "-o", Path.Combine(folder, "out")])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            // VmHWM only grows, so the last reading before exit is the peak up to then.
            var peakMiB = 0.0;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (!process.HasExited && !timeout.IsCancellationRequested)
            {
                try
                {
                    // A process that has exited but not been reaped has no VmHWM line.
                    if (File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) is not { } line) break;
                    peakMiB = Math.Max(peakMiB, double.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024);
                }
                catch (IOException)
                {
                    break; // exited between the check and the read
                }
                await Task.Delay(10);
            }
            await process.WaitForExitAsync(timeout.Token);
            var text = await stdout + await stderr;
            output.WriteLine($"{which}: peak RSS {peakMiB:N0} MiB; {text}");

            Assert.Contains("more than", text);
            Assert.True(peakMiB < GrowthBoundMiB, $"peak {peakMiB:N0} MiB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<RpcException> Refusal<T>(Task<T> call)
    {
        try
        {
            await call;
        }
        catch (RpcException e)
        {
            return e;
        }
        throw new Xunit.Sdk.XunitException("the call succeeded");
    }
}

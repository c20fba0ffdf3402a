using System.Text.RegularExpressions;
using DocGen.Server.Tests.Support;

namespace DocGen.Server.Tests;

/// <summary>
/// HeapTrim in a real server process (the in-process test hosts turn it off: their resident memory is
/// xunit's and every other host's): with the threshold below any server's resident set, it collects
/// and logs what it gave back.
/// </summary>
public sealed partial class HeapTrimTests
{
    [Fact]
    public async Task Server_ResidentMemoryAboveTheThreshold_TrimsAndLogsBeforeAndAfter()
    {
        await using var server = await ServerProcess.StartAsync("--Memory:TrimAboveMiB=1", "--Memory:TrimIntervalSeconds=1");

        await Poll.UntilAsync(() => server.Output.Any(l => TrimmedLine().IsMatch(l)), "a 'Heap trimmed' line in the server's log");

        var trimmed = TrimmedLine().Match(server.Output.First(l => TrimmedLine().IsMatch(l)));
        Assert.True(long.Parse(trimmed.Groups["before"].Value) > 1, trimmed.Value);
        Assert.True(long.Parse(trimmed.Groups["after"].Value) > 0, trimmed.Value);
    }

    [GeneratedRegex(@"HeapTrim\[\d+\] Heap trimmed: resident memory (?<before>\d+) MiB before, (?<after>\d+) MiB after")]
    private static partial Regex TrimmedLine();
}

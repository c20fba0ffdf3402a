using DocGen.Cli;
using DocGen.Cli.Batch;

namespace DocGen.Server.Tests;

/// <summary><c>--shard K/N</c>: N workers over one archive take every request exactly once between them.</summary>
public sealed class BatchShardTests
{
    private static readonly string[] Ids = Enumerable.Range(0, 2_000).Select(i => $"2111000031-{2008 + i % 15}-{i:D5}").ToArray();

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Contains_OverAllShards_EveryRequestInExactlyOne(int count)
    {
        var shards = Enumerable.Range(0, count).Select(k => new BatchShard(k, count)).ToArray();

        foreach (var id in Ids)
            Assert.Single(shards, s => s.Contains(id));
    }

    [Fact]
    public void Contains_FourShards_EachTakesRoughlyAQuarter()
    {
        var sizes = Enumerable.Range(0, 4).Select(k => Ids.Count(new BatchShard(k, 4).Contains)).ToArray();

        Assert.Equal(Ids.Length, sizes.Sum());
        Assert.All(sizes, size => Assert.InRange(size, 400, 600));
    }

    [Fact]
    public void Contains_DependsOnTheRequestIdNotOnOrder()
    {
        var shard = new BatchShard(1, 3);

        var forwards = Ids.Where(shard.Contains).ToHashSet();
        var backwards = Ids.Reverse().Where(shard.Contains).ToHashSet();

        Assert.Equal(forwards, backwards);
        // Pinned (SHA-256's first 8 bytes, big-endian, mod 3 = 0): another machine or next year's re-run splits alike.
        Assert.Equal([true, false, false], Enumerable.Range(0, 3).Select(k => new BatchShard(k, 3).Contains("panjin-commerce-2022")));
    }

    [Fact]
    public void Contains_IdsWritingTheSameFiles_MeetInOneShard()
    {
        // "盘锦/2022" and "盘锦_2022" both write 盘锦_2022.*: one worker must see both to refuse the second.
        for (var count = 2; count <= 9; count++)
            for (var k = 0; k < count; k++)
            {
                var shard = new BatchShard(k, count);
                Assert.Equal(shard.Contains("盘锦_2022"), shard.Contains("盘锦/2022"));
            }
    }

    [Theory]
    [InlineData("1/4", 1, 4)]
    [InlineData("0/1", 0, 1)]
    [InlineData("9/10", 9, 10)]
    public void Parse_KOfN(string text, int index, int count)
    {
        Assert.Equal(new BatchShard(index, count), BatchShard.Parse(text));
    }

    [Theory]
    [InlineData("4/4")]
    [InlineData("-1/4")]
    [InlineData("1/0")]
    [InlineData("1")]
    [InlineData("/4")]
    [InlineData("a/b")]
    public void Parse_NotKOfN_UsageErrorSayingWhatIsExpected(string text)
    {
        var e = Assert.Throws<CliUsageException>(() => BatchShard.Parse(text));

        Assert.Contains("--shard must be K/N", e.Message);
        Assert.Contains(text, e.Message);
    }
}

using DocGen.Layout.Fonts;

namespace DocGen.Layout.Tests;

public class ProcessCachesTests
{
    [Fact]
    public void GetOrAdd_SameKeyTwice_MadeOnceAndShared()
    {
        var memo = new Memo<string, object>(4);
        var made = 0;

        var first = memo.GetOrAdd("a", _ => { made++; return new object(); });
        var second = memo.GetOrAdd("a", _ => { made++; return new object(); });

        Assert.Same(first, second);
        Assert.Equal(1, made);
    }

    [Fact]
    public void GetOrAdd_Full_ValueMadeForTheCallerAndNothingEvicted()
    {
        var memo = new Memo<int, string>(2);
        memo.GetOrAdd(1, k => $"v{k}");
        memo.GetOrAdd(2, k => $"v{k}");

        var third = memo.GetOrAdd(3, k => $"v{k}");

        Assert.Equal("v3", third);
        Assert.Equal(2, memo.Count);
        Assert.False(memo.TryGetValue(3, out _));
        Assert.True(memo.TryGetValue(1, out var one) && one == "v1");
    }

    [Fact]
    public void GetOrAdd_MakingFails_NotKeptAndTheNextCallerTriesAgain()
    {
        var memo = new Memo<string, string>(4);

        Assert.Throws<IOException>(() => memo.GetOrAdd("font", _ => throw new IOException("unreadable")));
        var value = memo.GetOrAdd("font", _ => "read");

        Assert.Equal("read", value);
        Assert.Equal(1, memo.Count);
    }

    [Fact]
    public void Counts_NamesTheEngineCachesWithWhatARenderKept()
    {
        var catalog = FontCatalog.For(FontCatalog.DefaultFolders());
        _ = FontSet.For(catalog, new Dictionary<string, string>());

        var counts = ProcessCaches.Counts;

        Assert.True(counts["font catalogs"] >= 1);
        Assert.True(counts["font sets"] >= 1);
        Assert.Contains("compact cuts", counts.Keys);
        Assert.Contains("font programs", counts.Keys);
        Assert.Throws<InvalidOperationException>(() => ProcessCaches.Create<string, string>("font sets", 1));
    }
}

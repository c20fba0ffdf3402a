using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DocGen.Layout.Fonts;

namespace DocGen.Layout;

/// <summary>
/// Every process-wide cache of the fixed-layout renderers (this engine and its canvases), made and
/// listed here so that one policy holds for all of them:
/// <list type="bullet">
/// <item>A cache is keyed by what is installed or configured — font folders, font files and faces,
/// a site's font choices, type sizes — never by a report's content, so its keys are few and it
/// fills in the first renders.</item>
/// <item>Its values are immutable and shared by renders on every thread; each is made once
/// (concurrent first callers wait for the same value; one that fails is not kept, the next caller
/// tries again).</item>
/// <item>Nothing is evicted. Each cache has a capacity well above what a deployment installs and
/// configures; once full, a value is made for its caller and not kept, so memory stays bounded and
/// nothing churns. A cache keyed by an object (<see cref="FixedTexts"/>, by font chain) keeps an
/// entry only while its key is alive.</item>
/// </list>
/// A canvas adds its own caches with <see cref="Create{TKey, TValue}"/>; <see cref="Counts"/> says
/// how full each one is. Pools of buffers are not caches and keep their own bounds.
/// </summary>
internal static class ProcessCaches
{
    private static readonly ConcurrentDictionary<string, Func<int>> Registered = new(StringComparer.Ordinal);

    /// <summary>Font catalogs by their folder list (a process has one or two).</summary>
    public static readonly Memo<string, FontCatalog> Catalogs = Create<string, FontCatalog>("font catalogs", 16, StringComparer.Ordinal);

    /// <summary>Font sets by catalog and a site's font choices: every render of a site shares its chains.</summary>
    public static readonly Memo<(FontCatalog Catalog, string Choices), FontSet> FontSets = Create<(FontCatalog, string), FontSet>("font sets", 256);

    /// <summary>Each CJK face's compact cut, by the full face's key.</summary>
    public static readonly Memo<string, CompactCut> CompactCuts = Create<string, CompactCut>("compact cuts", 1024, StringComparer.Ordinal);

    /// <summary>Each face's sfnt bytes read out of its font file, by face key (a cut carries its own).</summary>
    public static readonly Memo<string, byte[]> FontPrograms = Create<string, byte[]>("font programs", 1024, StringComparer.Ordinal);

    /// <summary>The atoms of the national tables' fixed texts, per font chain while the chain lives.</summary>
    public static readonly ConditionalWeakTable<FontChain, FixedTextAtoms.Texts> FixedTexts = new();

    public static Memo<TKey, TValue> Create<TKey, TValue>(string name, int capacity, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        var memo = new Memo<TKey, TValue>(capacity, comparer);
        if (!Registered.TryAdd(name, () => memo.Count)) throw new InvalidOperationException($"a process cache named \"{name}\" exists already");
        return memo;
    }

    /// <summary>How many entries each cache keeps now, by name.</summary>
    public static IReadOnlyDictionary<string, int> Counts => Registered.ToDictionary(p => p.Key, p => p.Value());
}

/// <summary>One cache under <see cref="ProcessCaches"/>' policy: made once per key, kept until full, never evicted.</summary>
internal sealed class Memo<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<TValue>> _entries = new(comparer);

    public int Capacity => capacity;

    public int Count => _entries.Count;

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> make)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            if (_entries.Count >= capacity) return make(key);
            entry = _entries.GetOrAdd(key, k => new Lazy<TValue>(() => make(k), LazyThreadSafetyMode.ExecutionAndPublication));
        }
        return Value(key, entry);
    }

    public bool TryGetValue(TKey key, out TValue value)
    {
        var found = _entries.TryGetValue(key, out var entry);
        value = found ? Value(key, entry!) : default!;
        return found;
    }

    // A value that could not be made is not kept: the next caller tries again.
    private TValue Value(TKey key, Lazy<TValue> entry)
    {
        try
        {
            return entry.Value;
        }
        catch
        {
            _entries.TryRemove(new KeyValuePair<TKey, Lazy<TValue>>(key, entry));
            throw;
        }
    }
}

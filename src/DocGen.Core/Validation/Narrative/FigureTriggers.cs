using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DocGen.Core.Validation.Narrative;

/// <summary>
/// Where text could start stating a figure: a digit (half- or full-width), a negation's 未/没/无, or a
/// unit (a figure in Chinese numerals is read only with its unit). Long narratives mostly hold none,
/// so this scan is what a figure-free narrative costs; it reads 32 characters at a time.
/// </summary>
internal static class FigureTriggers
{
    public const string Cjk = "未没无件条项宗个起份元";
    private const string AsciiDigits = "0123456789";

    // (ushort)(c * Multiplier) >> 11 gives each of the 21 CJK triggers and ASCII digits its own slot of 32, so one
    // permute and one compare test a block for all of them (instead of a compare per trigger); found by search.
    private const ushort Multiplier = 2313;
    private static readonly bool[] IsTrigger = BuildTable();
    private static readonly ushort[] Slots = BuildSlots();

    /// <summary>The first trigger at or after <paramref name="from"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Next(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        if (Avx512BW.IsSupported && Vector512.IsHardwareAccelerated) i = SkipBlocks512(text, from);
        else if (Vector256.IsHardwareAccelerated) i = SkipBlocks256(text, from);
        var table = IsTrigger;
        for (; i < text.Length; i++)
            if (table[text[i]]) return i;
        return -1;
    }

    /// <summary>Skips whole blocks of 32 without a trigger; returns where the scalar scan goes on.</summary>
    /// <remarks>Optimised from the first call: a Validate is over before tiered compilation would get to this loop.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SkipBlocks512(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var slots = Vector512.Create(Slots.AsSpan());
        var multiplier = Vector512.Create(Multiplier);
        var wideDigit = Vector512.Create((ushort)'０');
        var ten = Vector512.Create((ushort)10);
        for (; i <= text.Length - Vector512<ushort>.Count; i += Vector512<ushort>.Count)
        {
            var block = Vector512.LoadUnsafe(ref start, (nuint)i);
            var slot = Vector512.ShiftRightLogical(block * multiplier, 11);
            var found = Vector512.Equals(Avx512BW.PermuteVar32x16(slots, slot), block) | Vector512.LessThan(block - wideDigit, ten);
            if (found != Vector512<ushort>.Zero) break;
        }
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SkipBlocks256(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var digit = Vector256.Create((ushort)'0');
        var wideDigit = Vector256.Create((ushort)'０');
        var ten = Vector256.Create((ushort)10);
        Span<Vector256<ushort>> cjk = stackalloc Vector256<ushort>[Cjk.Length];
        for (var c = 0; c < Cjk.Length; c++) cjk[c] = Vector256.Create((ushort)Cjk[c]);
        for (; i <= text.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
        {
            var block = Vector256.LoadUnsafe(ref start, (nuint)i);
            var found = Vector256.LessThan(block - digit, ten) | Vector256.LessThan(block - wideDigit, ten);
            foreach (var c in cjk) found |= Vector256.Equals(block, c);
            if (found != Vector256<ushort>.Zero) break;
        }
        return i;
    }

    private static ushort Slot(char c) => (ushort)((ushort)(c * Multiplier) >> 11);

    private static bool[] BuildTable()
    {
        var table = new bool[char.MaxValue + 1];
        foreach (var c in AsciiDigits + "０１２３４５６７８９" + Cjk) table[c] = true;
        return table;
    }

    private static ushort[] BuildSlots()
    {
        var slots = new ushort[32];
        var used = new bool[32];
        foreach (var c in AsciiDigits + Cjk)
        {
            var slot = Slot(c);
            if (used[slot]) throw new InvalidOperationException($"two triggers share slot {slot}: choose another multiplier");
            used[slot] = true;
            slots[slot] = c;
        }
        // An empty slot holds a trigger of another slot: nothing that lands in it can equal it.
        for (var s = 0; s < slots.Length; s++)
            if (!used[s]) slots[s] = '0';
        return slots;
    }
}

using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace DocGen.Import.Reading;

/// <summary>
/// PdfPig's filters with every decoded byte charged to the import's <see cref="ImportBudget"/>.
/// A Flate stream is first inflated into a scratch buffer that is counted and thrown away, stopping
/// as soon as it passes the room left, so a bomb (2 GiB of spaces in 4 KB) is refused after
/// decompressing a few MB instead of being held whole; only then does PdfPig decode it (predictors
/// and all) — unless the stream has no /DecodeParms, when the counted inflation is itself the decoded
/// stream and PdfPig's filter is not run. Each filter of a chain is charged for its own output, so
/// nesting is counted.
/// </summary>
internal sealed class BudgetedFilters(IFilterProvider inner, ImportBudget budget) : IFilterProvider
{
    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(inner.GetAllFilters());

    private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) => filters.Select(f => (IFilter)new Budgeted(f, budget)).ToArray();

    private sealed class Budgeted(IFilter filter, ImportBudget budget) : IFilter
    {
        private static readonly NameToken[] NotContentKeys =
            [NameToken.Type, NameToken.Create("Length1"), NameToken.Create("Length2"), NameToken.Create("Length3"), NameToken.N];

        public bool IsSupported => filter.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            budget.Check();
            var isContent = IsContent(streamDictionary);
            if (filter is FlateFilter && !HasDecodeParameters(streamDictionary))
            {
                // No predictor to undo: the bounded inflation is the decoded stream; inflating again in PdfPig would double the cost.
                var inflated = Inflate(input, budget.DecodedRoomLeft(isContent) + 1);
                budget.Decoded(inflated.Length, isContent);
                return inflated;
            }
            if (filter is FlateFilter)
            {
                var measured = Inflated(input, budget.DecodedRoomLeft(isContent) + 1);
                if (measured > budget.DecodedRoomLeft(isContent)) budget.Decoded(measured, isContent);
            }
            var decoded = filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Decoded(decoded.Length, isContent);
            return decoded;
        }

        /// <summary>Any /DecodeParms (a predictor, an array of them): left to PdfPig's filter.</summary>
        private static bool HasDecodeParameters(DictionaryToken dictionary) =>
            dictionary.ContainsKey(NameToken.DecodeParms) || dictionary.ContainsKey(NameToken.Create("DP"));

        /// <summary>The stream inflated, up to <paramref name="stop"/> bytes (the caller's budget then refuses more); a damaged tail ends it as it ends PdfPig's decoding.</summary>
        private Memory<byte> Inflate(Memory<byte> input, long stop)
        {
            if (input.Length <= 2) return Memory<byte>.Empty;
            using var compressed = System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(input[2..], out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(input[2..].ToArray(), writable: false);
            using var deflate = new DeflateStream(compressed, CompressionMode.Decompress);
            using var output = new MemoryStream((int)Math.Min(stop, input.Length * 4L));
            var scratch = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
            try
            {
                while (output.Length < stop)
                {
                    budget.Check();
                    int read;
                    try
                    {
                        read = deflate.Read(scratch, 0, (int)Math.Min(scratch.Length, stop - output.Length));
                    }
                    catch (InvalidDataException)
                    {
                        break;
                    }
                    if (read == 0) break;
                    output.Write(scratch, 0, read);
                }
                return new Memory<byte>(output.GetBuffer(), 0, (int)output.Length);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(scratch);
            }
        }

        /// <summary>How many bytes the stream inflates to, counted up to <paramref name="stop"/>; a damaged tail ends the count as it ends PdfPig's decoding.</summary>
        private long Inflated(Memory<byte> input, long stop)
        {
            if (input.Length <= 2) return 0;
            // Like PdfPig: the two bytes of zlib header are skipped, DeflateStream reads raw deflate.
            using var compressed = System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(input[2..], out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(input[2..].ToArray(), writable: false);
            using var deflate = new DeflateStream(compressed, CompressionMode.Decompress);
            var scratch = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
            long total = 0;
            try
            {
                while (total < stop)
                {
                    budget.Check();
                    int read;
                    try
                    {
                        read = deflate.Read(scratch, 0, scratch.Length);
                    }
                    catch (InvalidDataException)
                    {
                        break;
                    }
                    if (read == 0) break;
                    total += read;
                }
                return total;
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(scratch);
            }
        }

        /// <summary>Page and form operators: a stream with no type (or a form), not a font, image, profile or structure stream.</summary>
        private static bool IsContent(DictionaryToken dictionary)
        {
            if (dictionary.TryGet(NameToken.Subtype, out var subtype)) return subtype is NameToken { Data: "Form" };
            return !NotContentKeys.Any(dictionary.ContainsKey);
        }
    }
}

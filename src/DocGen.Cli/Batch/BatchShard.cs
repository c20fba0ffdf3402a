using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace DocGen.Cli.Batch;

/// <summary>
/// <c>--shard K/N</c>: worker K of N (K from 0, as a Kubernetes Indexed Job's
/// JOB_COMPLETION_INDEX) takes the requests whose output name hashes to K. The hash is SHA-256,
/// not <see cref="string.GetHashCode()"/> (randomised per process), so every worker and every
/// re-run agrees. Hashing the output name rather than the position means that a request keeps its
/// shard when the archive grows, and that two requests writing the same files always meet in one
/// worker, whose duplicate check then sees them both.
/// </summary>
public sealed record BatchShard(int Index, int Count)
{
    public static readonly BatchShard All = new(0, 1);

    public static BatchShard Parse(string text)
    {
        var slash = text.IndexOf('/');
        if (slash > 0
            && int.TryParse(text.AsSpan(0, slash), out var index)
            && int.TryParse(text.AsSpan(slash + 1), out var count)
            && count > 0 && index >= 0 && index < count)
            return new BatchShard(index, count);
        throw new CliUsageException($"--shard must be K/N with 0 ≤ K < N (e.g. 0/4 … 3/4), not \"{text}\"");
    }

    public bool Contains(string requestId)
    {
        if (Count == 1) return true;
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(OutputStore.SafeName(requestId)));
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(digest) % (ulong)Count) == Index;
    }
}

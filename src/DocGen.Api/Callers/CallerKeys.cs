using System.Security.Cryptography;
using System.Text;

namespace DocGen.Api.Callers;

/// <summary>
/// The configured API keys, held as SHA-256 hashes. <see cref="Authenticate"/> reads an
/// <c>authorization: Bearer &lt;key&gt;</c> value and answers the caller or UNAUTHENTICATED.
/// Keys are random secrets (see <see cref="NewKey"/>), not passwords, so one SHA-256 is enough;
/// the comparison takes the same time whichever key matches, or none.
/// </summary>
public sealed class CallerKeys
{
    /// <summary>The site list entry that allows every site.</summary>
    public const string EverySite = "*";

    private const string Scheme = "Bearer ";
    private readonly (byte[] Hash, Caller Caller)[] _keys;

    private CallerKeys((byte[], Caller)[] keys) => _keys = keys;

    public static CallerKeys None { get; } = new([]);

    /// <summary>No key is configured: the host decides whether that is allowed (loopback only, by default).</summary>
    public bool IsEmpty => _keys.Length == 0;

    /// <summary>The keys from configuration; a malformed entry is an error naming its index.</summary>
    public static CallerKeys From(IReadOnlyList<CallerKey> keys)
    {
        var entries = new (byte[], Caller)[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var where = $"CallerKeys:{i}";
            if (string.IsNullOrWhiteSpace(key.Name)) throw new ArgumentException($"{where}:Name is required");
            if (key.Sha256.Length != 64 || !key.Sha256.All(char.IsAsciiHexDigit))
                throw new ArgumentException($"{where}:Sha256 must be the 64 hex digits of the key's SHA-256 (docgen key prints one)");
            if (key.Sites.Count == 0 || key.Sites.Any(string.IsNullOrWhiteSpace))
                throw new ArgumentException($"{where}:Sites must list the site codes the key may render, or \"*\"");
            entries[i] = (Convert.FromHexString(key.Sha256), new Caller(key.Name, key.Sites));
        }
        return new CallerKeys(entries);
    }

    /// <summary>The caller whose key <paramref name="authorization"/> carries, or UNAUTHENTICATED.</summary>
    public Caller Authenticate(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            throw new ApiException(ApiStatusCode.Unauthenticated, "authorization: send \"Bearer <key>\" with a configured API key");
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[Scheme.Length..].Trim()));
        Caller? found = null;
        foreach (var (hash, caller) in _keys)
        {
            // Every key is compared, in fixed time each: the time says nothing about which matched.
            if (CryptographicOperations.FixedTimeEquals(hash, presented)) found = caller;
        }
        return found ?? throw new ApiException(ApiStatusCode.Unauthenticated, "authorization: the API key is not valid");
    }

    /// <summary>A new random key (URL-safe base64 of 32 bytes) and the SHA-256 hex to configure for it.</summary>
    public static (string Key, string Sha256) NewKey()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (key, HashOf(key));
    }

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

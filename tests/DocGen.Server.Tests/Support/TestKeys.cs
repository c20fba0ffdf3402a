using System.Security.Cryptography;
using System.Text;

namespace DocGen.Server.Tests.Support;

/// <summary>Two API keys for servers started with Auth:Keys: one for site 2111000031 only, one for every site.</summary>
internal static class TestKeys
{
    public const string Panjin = "k-panjin-3c9a7e51f0d24b6e";
    public const string Admin = "k-admin-8e1f26d0c4b7";

    /// <summary>Auth:Keys naming <see cref="Panjin"/> (2111000031) and <see cref="Admin"/> ("*"), then <paramref name="more"/>.</summary>
    public static (string, string)[] Settings(params (string, string)[] more) =>
    [
        ("Auth:Keys:0:Name", "panjin-cms"),
        ("Auth:Keys:0:Sha256", Sha256(Panjin)),
        ("Auth:Keys:0:Sites:0", "2111000031"),
        ("Auth:Keys:1:Name", "admin"),
        ("Auth:Keys:1:Sha256", Sha256(Admin)),
        ("Auth:Keys:1:Sites:0", "*"),
        .. more,
    ];

    public static Grpc.Core.Metadata Bearer(string key) => new() { { "authorization", "Bearer " + key } };

    private static string Sha256(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

using System.Security.Cryptography;
using System.Text;

namespace Media.Users.SecondFactor;

/// <summary>Recovery codes: ten random codes of ten base32 characters (50 bits each), shown once as
/// <c>xxxxx-xxxxx</c>; only their SHA-256 is kept. A plain hash suffices because the codes are random, not chosen by
/// people (docs/accounts.md §7).</summary>
internal static class RecoveryCodes
{
    public const int Count = 10;
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static IReadOnlyList<string> Generate() =>
        Enumerable.Range(0, Count).Select(_ => One()).ToList();

    public static string Hash(string normalizedCode) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normalizedCode)));

    /// <summary>A normalized code (<see cref="TotpCodes.Normalize"/>) that has the shape of a recovery code.</summary>
    public static bool LooksLikeOne(string normalizedCode) =>
        normalizedCode.Length == 10 && normalizedCode.All(Alphabet.Contains);

    private static string One()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, 10);
        return $"{new string(chars, 0, 5)}-{new string(chars, 5, 5)}";
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Media.Channels.WeChat.Callbacks;

/// <summary>
/// WeChat's callback signatures (docs/wechat.md §7.2, §7.4): SHA-1, lowercase hex, of the parts sorted byte-wise and
/// concatenated — token, timestamp, nonce for signature; plus the Encrypt text for msg_signature.
/// </summary>
public static class WeChatCallbackSignature
{
    public static string Compute(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var sorted = parts.ToArray();
        // Byte-wise order of the UTF-8 strings; for these ASCII values ordinal order is the same.
        Array.Sort(sorted, StringComparer.Ordinal);
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(sorted))));
    }

    /// <summary>Compares in constant time, so the check leaks nothing about how much of a forged signature matched.</summary>
    public static bool Matches(string? signature, params string[] parts)
    {
        if (string.IsNullOrEmpty(signature) || parts.Any(p => p is null))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(parts));
        var given = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}

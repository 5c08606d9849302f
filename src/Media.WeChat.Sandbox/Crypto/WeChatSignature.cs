using System.Security.Cryptography;
using System.Text;

namespace Media.WeChat.Sandbox.Crypto;

/// <summary>WeChat's callback signature: SHA-1 (lowercase hex) of the parts sorted ordinally and concatenated.</summary>
public static class WeChatSignature
{
    /// <summary>URL signature over token, timestamp and nonce; msg_signature adds the Encrypt text as a fourth part.</summary>
    public static string Compute(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var sorted = parts.ToArray();
        // WeChat sorts byte-wise; ordinal comparison of these ASCII strings is the same order.
        Array.Sort(sorted, StringComparer.Ordinal);
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(sorted)));
        return Convert.ToHexStringLower(hash);
    }
}

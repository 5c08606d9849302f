using System.Security.Cryptography;
using System.Text;

namespace Media.Channels.App.Webhooks;

/// <summary><c>X-Media-Signature: sha256=&lt;lowercase hex of HMAC-SHA256(secret, timestamp + "." + raw body)&gt;</c>.</summary>
internal static class AppWebhookSignature
{
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}

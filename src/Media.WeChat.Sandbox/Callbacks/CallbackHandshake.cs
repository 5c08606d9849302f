using System.Globalization;
using System.Security.Cryptography;
using Media.WeChat.Sandbox.Crypto;

namespace Media.WeChat.Sandbox.Callbacks;

/// <summary>
/// What WeChat does when an admin saves the server settings (docs/wechat.md §7.2): GET the URL with signature,
/// timestamp, nonce and echostr; the receiver passes if it answers the echostr unchanged.
/// </summary>
public static class CallbackHandshake
{
    public static async Task<HandshakeResult> VerifyAsync(HttpClient http, string url, string token, TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(time);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);
        var echostr = RandomNumberGenerator.GetString("0123456789", 19);
        var signature = WeChatSignature.Compute(token, timestamp, nonce);
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var target = $"{url}{separator}signature={signature}&timestamp={timestamp}&nonce={nonce}&echostr={echostr}";
        try
        {
            using var response = await http.GetAsync(new Uri(target), cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var ok = response.IsSuccessStatusCode && string.Equals(body, echostr, StringComparison.Ordinal);
            return new HandshakeResult(ok, (int)response.StatusCode, body, echostr, null);
        }
        catch (HttpRequestException e)
        {
            return new HandshakeResult(false, null, null, echostr, e.Message);
        }
    }
}

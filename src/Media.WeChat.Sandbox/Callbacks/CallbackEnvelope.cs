using Media.WeChat.Sandbox.Crypto;

namespace Media.WeChat.Sandbox.Callbacks;

/// <summary>
/// A push as it goes on the wire: the query string (signature, timestamp, nonce, openid; plus encrypt_type=aes and
/// msg_signature in the compatible and safe modes) and the XML body (docs/wechat.md §7.3–7.4).
/// </summary>
public sealed record CallbackEnvelope(string Query, string Body)
{
    public static CallbackEnvelope Seal(SandboxCallbackOptions callback, string appId, string toUserName, string openId,
        string plainXml, string timestamp, string nonce, ReadOnlySpan<byte> random = default)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var signature = WeChatSignature.Compute(callback.Token, timestamp, nonce);
        var query = $"signature={signature}&timestamp={timestamp}&nonce={nonce}&openid={Uri.EscapeDataString(openId)}";
        if (callback.Mode == CallbackMode.Plaintext)
        {
            return new CallbackEnvelope(query, plainXml);
        }

        var crypto = new WeChatMessageCrypto(callback.EncodingAesKey
            ?? throw new InvalidOperationException("The compatible and safe modes need an EncodingAESKey."), appId);
        var encrypt = random.IsEmpty ? crypto.Encrypt(plainXml) : crypto.Encrypt(plainXml, random);
        var msgSignature = WeChatSignature.Compute(callback.Token, timestamp, nonce, encrypt);
        var encryptElement = $"<Encrypt><![CDATA[{encrypt}]]></Encrypt>";
        // Safe mode sends only ToUserName and Encrypt; compatible mode sends the plaintext fields and Encrypt.
        var body = callback.Mode == CallbackMode.Safe
            ? $"<xml><ToUserName><![CDATA[{toUserName}]]></ToUserName>{encryptElement}</xml>"
            : plainXml.Insert(plainXml.LastIndexOf("</xml>", StringComparison.Ordinal), encryptElement);
        return new CallbackEnvelope($"{query}&encrypt_type=aes&msg_signature={msgSignature}", body);
    }
}

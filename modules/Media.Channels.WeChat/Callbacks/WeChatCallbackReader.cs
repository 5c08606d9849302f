using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Media.Channels.WeChat.Callbacks;

/// <summary>
/// Reads one request to an account's callback URL (docs/wechat.md §7): the GET echostr handshake; plaintext pushes checked
/// by signature; safe and compatible pushes (encrypt_type=aes) checked by msg_signature, decrypted and matched to the
/// AppID. The endpoint answers <see cref="WeChatCallbackResult.ResponseBody"/>, or 400 when the result is Rejected.
/// </summary>
public sealed class WeChatCallbackReader(ILogger<WeChatCallbackReader> logger)
{
    public WeChatCallbackResult Read(IQueryCollection query, string? body, WeChatAccount account)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(account);
        var result = ReadVerified(query, body ?? "", account);
        if (result.Kind == WeChatCallbackKind.Rejected)
        {
            Log.CallbackRejected(logger, account.AppId, result.RejectionReason ?? "");
        }

        return result;
    }

    private static WeChatCallbackResult ReadVerified(IQueryCollection query, string body, WeChatAccount account)
    {
        if (string.IsNullOrEmpty(account.CallbackToken))
        {
            return WeChatCallbackResult.Rejected("the channel has no callback token");
        }

        var timestamp = query["timestamp"].ToString();
        var nonce = query["nonce"].ToString();
        if (query.ContainsKey("echostr"))
        {
            // The handshake is signed the same way in every mode, and the echostr goes back unchanged (docs/wechat.md §7.2).
            return WeChatCallbackSignature.Matches(query["signature"], account.CallbackToken, timestamp, nonce)
                ? WeChatCallbackResult.Handshake(query["echostr"].ToString())
                : WeChatCallbackResult.Rejected("bad signature");
        }

        if (string.Equals(query["encrypt_type"], "aes", StringComparison.OrdinalIgnoreCase))
        {
            return ReadEncrypted(query, body, account, timestamp, nonce);
        }

        if (!WeChatCallbackSignature.Matches(query["signature"], account.CallbackToken, timestamp, nonce))
        {
            return WeChatCallbackResult.Rejected("bad signature");
        }

        return CallbackMessage.Parse(body) ?? WeChatCallbackResult.Rejected("unreadable message");
    }

    private static WeChatCallbackResult ReadEncrypted(IQueryCollection query, string body, WeChatAccount account,
        string timestamp, string nonce)
    {
        var encrypt = CallbackMessage.Encrypt(body);
        if (string.IsNullOrEmpty(encrypt))
        {
            return WeChatCallbackResult.Rejected("no Encrypt in the body");
        }

        // In safe mode msg_signature, which also covers the ciphertext, is the one to check (docs/wechat.md §7.4).
        if (!WeChatCallbackSignature.Matches(query["msg_signature"], account.CallbackToken!, timestamp, nonce, encrypt))
        {
            return WeChatCallbackResult.Rejected("bad msg_signature");
        }

        if (string.IsNullOrEmpty(account.EncodingAesKey))
        {
            return WeChatCallbackResult.Rejected("the channel has no EncodingAESKey");
        }

        WeChatDecryptedMessage decrypted;
        try
        {
            decrypted = new WeChatMessageCipher(account.EncodingAesKey).Decrypt(encrypt);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            return WeChatCallbackResult.Rejected("cannot decrypt: " + e.Message);
        }

        if (!string.Equals(decrypted.AppId, account.AppId, StringComparison.Ordinal))
        {
            return WeChatCallbackResult.Rejected("the message is for another AppID");
        }

        return CallbackMessage.Parse(decrypted.Message) ?? WeChatCallbackResult.Rejected("unreadable message");
    }
}

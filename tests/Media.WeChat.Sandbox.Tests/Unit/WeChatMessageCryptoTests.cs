using System.Security.Cryptography;
using System.Text;
using Media.WeChat.Sandbox.Crypto;

namespace Media.WeChat.Sandbox.Tests.Unit;

/// <summary>The official vectors of docs/wechat.md §7.7 and the PUBLISHJOBFINISH vector of docs/wechat.md Appendix A.</summary>
public sealed class WeChatMessageCryptoTests
{
    private const string Token = "AAAAA";
    private const string AesKey = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    private const string AppId = "wxba5fad812f8e6fb9";

    private const string SafeModeEncrypt =
        "+qdx1OKCy+5JPCBFWw70tm0fJGb2Jmeia4FCB7kao+/Q5c/ohsOzQHi8khUOb05JCpj0JB4RvQMkUyus8TPxLKJGQqcvZqzDpVzazhZv6JsXUnnR8XGT740XgXZUXQ7vJVnAG+tE8NUd4yFyjPy7GgiaviNrlCTj+l5kdfMuFUPpRSrfMZuMcp3Fn2Pede2IuQrKEYwKSqFIZoNqJ4M8EajAsjLY2km32IIjdf8YL/P50F7mStwntrA2cPDrM1kb6mOcfBgRtWygb3VIYnSeOBrebufAlr7F9mFUPAJGj04=";

    [Fact]
    public void Signature_MatchesOfficialVector_WhenVerifyingUrl()
    {
        Assert.Equal("f464b24fc39322e44b38aa78f5edd27bd1441696", WeChatSignature.Compute(Token, "1714036504", "1514711492"));
    }

    [Fact]
    public void Signature_MatchesOfficialVector_WhenPlaintextPost()
    {
        Assert.Equal("899cf89e464efb63f54ddac96b0a0a235f53aa78", WeChatSignature.Compute(Token, "1714037059", "486452656"));
    }

    [Fact]
    public void Signature_MatchesOfficialVector_WhenSafeModePost()
    {
        Assert.Equal("6c5c811b55cc85e0e1b54100749188c20beb3f5d", WeChatSignature.Compute(Token, "1714112445", "415670741"));
        Assert.Equal("046e02f8204d34f8ba5fa3b1db94908f3df2e9b3",
            WeChatSignature.Compute(Token, "1714112445", "415670741", SafeModeEncrypt));
    }

    [Fact]
    public void Decrypt_ReturnsOfficialMessage_WhenPadIsNineteen()
    {
        var message = new WeChatMessageCrypto(AesKey, AppId).Decrypt(SafeModeEncrypt);

        Assert.Equal(
            """{"ToUserName":"gh_97417a04a28d","FromUserName":"o9AgO5Kd5ggOC-bXrbNODIiE3bGY","CreateTime":1714112445,"MsgType":"event","Event":"debug_demo","debug_str":"hello world"}""",
            message);
        Assert.Equal(167, Encoding.UTF8.GetByteCount(message));
    }

    [Fact]
    public void Decrypt_ReturnsReplyAndSignatureMatches_WhenOfficialEncryptedReply()
    {
        const string encrypt = "ELGduP2YcVatjqIS+eZbp80MNLoAUWvzzyJxgGzxZO/5sAvd070Bs6qrLARC9nVHm48Y4hyRbtzve1L32tmxSQ==";

        Assert.Equal("""{"demo_resp":"good luck"}""", new WeChatMessageCrypto(AesKey, AppId).Decrypt(encrypt));
        Assert.Equal("1b9339964ed2e271e7c7b6ff2b0ef902fc94dea1", WeChatSignature.Compute(Token, "1713424427", "415670741", encrypt));
    }

    [Fact]
    public void Encrypt_ReproducesAppendixAVector_WhenRandomPrefixIsFixed()
    {
        var encrypt = new WeChatMessageCrypto(AesKey, AppId).Encrypt(ReferenceVectors.PublishJobFinishXml, "0123456789abcdef"u8);

        Assert.Equal(ReferenceVectors.PublishJobFinishEncrypt, encrypt);
        Assert.Equal(608, Convert.FromBase64String(encrypt).Length);
        Assert.Equal("fb5880b15bacd527087c11e0fd7edff60c04ece7", WeChatSignature.Compute(Token, "1481013460", "1234567890", encrypt));
        Assert.Equal("39671320fa78d7d0e3c3f1b618cd5ebb00b7d876", WeChatSignature.Compute(Token, "1481013460", "1234567890"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("县融媒体中心发布了一篇稿件，正好凑满一个块吗？")]
    public void Encrypt_RoundTrips_WhenMessageHasAnyLength(string message)
    {
        var crypto = new WeChatMessageCrypto("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "wx5a7d0c0de0000001");

        var cipher = Convert.FromBase64String(crypto.Encrypt(message));

        Assert.Equal(0, cipher.Length % 32);
        Assert.Equal(message, crypto.Decrypt(Convert.ToBase64String(cipher)));
    }

    [Fact]
    public void Decrypt_Throws_WhenAppIdDiffers()
    {
        var encrypt = new WeChatMessageCrypto(AesKey, "wx0000000000000000").Encrypt("<xml/>");

        Assert.Throws<CryptographicException>(() => new WeChatMessageCrypto(AesKey, AppId).Decrypt(encrypt));
    }
}

using System.Security.Cryptography;
using Media.Channels.WeChat.Callbacks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging.Abstractions;
using static Media.Channels.WeChat.Tests.Unit.ReferenceVectors;

namespace Media.Channels.WeChat.Tests.Unit;

public sealed class CallbackCryptoTests
{
    private static readonly WeChatAccount Account = new(AppId, "secret", CallbackToken: Token, EncodingAesKey: AesKey);
    private readonly WeChatCallbackReader _reader = new(NullLogger<WeChatCallbackReader>.Instance);

    private static QueryCollection Query(string query) => new(QueryHelpers.ParseQuery(query));

    [Fact]
    public void Signature_MatchesOfficialVectors_ForHandshakePlaintextAndSafeMode()
    {
        Assert.Equal("f464b24fc39322e44b38aa78f5edd27bd1441696", WeChatCallbackSignature.Compute(Token, "1714036504", "1514711492"));
        Assert.Equal("899cf89e464efb63f54ddac96b0a0a235f53aa78", WeChatCallbackSignature.Compute(Token, "1714037059", "486452656"));
        Assert.Equal("046e02f8204d34f8ba5fa3b1db94908f3df2e9b3", WeChatCallbackSignature.Compute(Token, "1714112445", "415670741", SafeEncrypt));
        Assert.Equal("1b9339964ed2e271e7c7b6ff2b0ef902fc94dea1", WeChatCallbackSignature.Compute(Token, "1713424427", "415670741", ReplyEncrypt));
    }

    [Fact]
    public void Decrypt_ReturnsMessageAndAppId_ForOfficialSafeModeVectors()
    {
        var cipher = new WeChatMessageCipher(AesKey);

        var push = cipher.Decrypt(SafeEncrypt);
        var reply = cipher.Decrypt(ReplyEncrypt);

        Assert.Equal((SafeMessage, AppId), (push.Message, push.AppId));
        Assert.Equal(("{\"demo_resp\":\"good luck\"}", AppId), (reply.Message, reply.AppId));
    }

    [Fact]
    public void Encrypt_ReproducesAppendixVector_WhenRandomPrefixIsFixed()
    {
        var encrypt = new WeChatMessageCipher(AesKey).Encrypt(PublishMessage, AppId, "0123456789abcdef"u8);

        Assert.Equal(PublishEncrypt, encrypt);
        Assert.Equal(608, Convert.FromBase64String(encrypt).Length);
    }

    [Fact]
    public void Decrypt_Throws_WhenCiphertextIsTampered()
    {
        var bytes = Convert.FromBase64String(SafeEncrypt);
        bytes[^1] ^= 0x5A;

        Assert.ThrowsAny<CryptographicException>(() => new WeChatMessageCipher(AesKey).Decrypt(Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void Read_AnswersEchostr_WhenHandshakeIsSigned()
    {
        var result = _reader.Read(Query("signature=f464b24fc39322e44b38aa78f5edd27bd1441696&timestamp=1714036504&nonce=1514711492&echostr=4375120948345356249"), null, Account);

        Assert.Equal((WeChatCallbackKind.Handshake, "4375120948345356249"), (result.Kind, result.ResponseBody));
    }

    [Fact]
    public void Read_RejectsHandshake_WhenSignatureIsWrong()
    {
        var result = _reader.Read(Query("signature=f464b24fc39322e44b38aa78f5edd27bd1441697&timestamp=1714036504&nonce=1514711492&echostr=1"), null, Account);

        Assert.Equal((WeChatCallbackKind.Rejected, null), (result.Kind, result.ResponseBody));
    }

    [Fact]
    public void Read_ReadsOfficialSafeModePush_WhenEnvelopeIsJson()
    {
        var result = _reader.Read(Query(SafeQuery), $"{{\"ToUserName\":\"gh_97417a04a28d\",\"Encrypt\":\"{SafeEncrypt}\"}}", Account);

        Assert.Equal((WeChatCallbackKind.Other, "debug_demo", "success"), (result.Kind, result.EventName, result.ResponseBody));
    }

    [Fact]
    public void Read_ReadsPublishJobFinished_FromAppendixSafeModeVector()
    {
        var result = _reader.Read(Query(PublishQuery), SafeEnvelope(PublishEncrypt), Account);

        Assert.Equal(WeChatCallbackKind.PublishJobFinished, result.Kind);
        var job = result.PublishJob!;
        Assert.Equal(("2247503051", 0, "b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvyWP4Hq4"), (job.PublishId, job.RawStatus, job.ArticleId));
        Assert.Equal([new(1, "ARTICLE_URL")], job.Articles);
        Assert.Equal(("gh_4d00ed8d6399", DateTimeOffset.FromUnixTimeSeconds(1481013459)), (job.ToUserName, job.CreatedAt));
    }

    [Fact]
    public void Read_ReadsPlaintextPublishFailure_WhenSignatureMatches()
    {
        var signature = WeChatCallbackSignature.Compute(Token, "1481013460", "1234567890");
        var body = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[PUBLISHJOBFINISH]]></Event>" +
            "<PublishEventInfo><publish_id>2247503052</publish_id><publish_status>2</publish_status><fail_idx>1</fail_idx><fail_idx>2</fail_idx></PublishEventInfo></xml>";

        var result = _reader.Read(Query($"signature={signature}&timestamp=1481013460&nonce=1234567890&openid=x"), body, Account);

        Assert.Equal(WeChatCallbackKind.PublishJobFinished, result.Kind);
        Assert.Equal((Api.WeChatPublishState.OriginalCheckFailed, null), (result.PublishJob!.State, result.PublishJob.ArticleId));
        Assert.Equal([1, 2], result.PublishJob.FailIdx);
    }

    [Theory]
    [InlineData("msg_signature", "bad msg_signature")]
    [InlineData("appid", "the message is for another AppID")]
    [InlineData("key", "cannot decrypt")]
    public void Read_RejectsSafeModePush_WhenSomethingDoesNotCheckOut(string broken, string reason)
    {
        var query = broken == "msg_signature" ? PublishQuery.Replace("fb5880b1", "fb5880b2", StringComparison.Ordinal) : PublishQuery;
        var account = broken switch
        {
            "appid" => Account with { AppId = "wx0000000000000000" },
            "key" => Account with { EncodingAesKey = "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB" },
            _ => Account,
        };

        var result = _reader.Read(Query(query), SafeEnvelope(PublishEncrypt), account);

        Assert.Equal(WeChatCallbackKind.Rejected, result.Kind);
        Assert.StartsWith(reason, result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RejectsXmlWithDtd_WhenSignatureMatches()
    {
        var signature = WeChatCallbackSignature.Compute(Token, "1", "2");
        var body = "<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><Event>&x;</Event></xml>";

        var result = _reader.Read(Query($"signature={signature}&timestamp=1&nonce=2"), body, Account);

        Assert.Equal((WeChatCallbackKind.Rejected, "unreadable message"), (result.Kind, result.RejectionReason));
    }
}

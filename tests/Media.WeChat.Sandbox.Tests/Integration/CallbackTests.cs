using System.Net.Http;
using System.Xml.Linq;
using Media.WeChat.Sandbox.Callbacks;
using Media.WeChat.Sandbox.Crypto;
using Media.WeChat.Sandbox.Tests.Infrastructure;

namespace Media.WeChat.Sandbox.Tests.Integration;

public sealed class CallbackTests
{
    private const string Token = "mediaToken2026";
    private const string AesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private static async Task<(SandboxHarness Harness, long PublishId)> PublishAsync(CallbackReceiver receiver, CallbackMode mode)
    {
        var h = await SandboxHarness.StartAsync(o => o.Accounts[0].Callback = new SandboxCallbackOptions
        {
            Url = receiver.Url, Token = Token, EncodingAesKey = AesKey, Mode = mode,
        });
        var reply = await h.CallAsync("freepublish/submit", $$"""{"media_id":"{{await h.AddDraftAsync("推送")}}"}""");
        h.Clock!.Advance(h.Sandbox.State.Options.PublishDelay);
        return (h, reply.GetProperty("publish_id").GetInt64());
    }

    [Fact]
    public async Task Push_SendsSignedPlaintextEvent_WhenPlaintextMode()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var (h, publishId) = await PublishAsync(receiver, CallbackMode.Plaintext);
        await using var _ = h;

        var push = await receiver.NextAsync();
        var xml = XElement.Parse(push.Body);

        Assert.Equal(WeChatSignature.Compute(Token, push.Query["timestamp"], push.Query["nonce"]), push.Query["signature"]);
        Assert.False(push.Query.ContainsKey("encrypt_type"));
        Assert.StartsWith("text/xml", push.ContentType);
        Assert.Equal("PUBLISHJOBFINISH", xml.Element("Event")!.Value);
        Assert.Equal(publishId.ToString(), xml.Element("PublishEventInfo")!.Element("publish_id")!.Value);
        Assert.Equal("0", xml.Element("PublishEventInfo")!.Element("publish_status")!.Value);
    }

    [Fact]
    public async Task Push_SendsEncryptedEventWithMsgSignature_WhenSafeMode()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var (h, publishId) = await PublishAsync(receiver, CallbackMode.Safe);
        await using var _ = h;

        var push = await receiver.NextAsync();
        var envelope = XElement.Parse(push.Body);
        var encrypt = envelope.Element("Encrypt")!.Value;
        var inner = XElement.Parse(new WeChatMessageCrypto(AesKey, h.Account.AppId).Decrypt(encrypt));

        Assert.Equal("aes", push.Query["encrypt_type"]);
        Assert.Equal(WeChatSignature.Compute(Token, push.Query["timestamp"], push.Query["nonce"], encrypt), push.Query["msg_signature"]);
        Assert.Equal(WeChatSignature.Compute(Token, push.Query["timestamp"], push.Query["nonce"]), push.Query["signature"]);
        Assert.Equal(["ToUserName", "Encrypt"], envelope.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(publishId.ToString(), inner.Element("PublishEventInfo")!.Element("publish_id")!.Value);
        Assert.Equal(h.Account.OriginalId, inner.Element("ToUserName")!.Value);
    }

    [Fact]
    public async Task Push_SendsPlainFieldsAndEncrypt_WhenCompatibleMode()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var (h, _) = await PublishAsync(receiver, CallbackMode.Compatible);
        await using var __ = h;

        var push = await receiver.NextAsync();
        var xml = XElement.Parse(push.Body);

        Assert.Equal("PUBLISHJOBFINISH", xml.Element("Event")!.Value);
        Assert.Equal(push.Body.Replace(xml.Element("Encrypt")!.ToString(), ""),
            new WeChatMessageCrypto(AesKey, h.Account.AppId).Decrypt(xml.Element("Encrypt")!.Value));
    }

    [Fact]
    public async Task Push_RetriesThreeTimes_WhenReceiverAnswers500()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        receiver.RespondNextWith(500);
        receiver.RespondNextWith(500);
        receiver.RespondNextWith(500);
        var (h, _) = await PublishAsync(receiver, CallbackMode.Plaintext);
        await using var __ = h;

        for (var i = 0; i < 3; i++)
        {
            await receiver.NextAsync();
        }

        await h.Sandbox.Callbacks.DrainAsync(CancellationToken.None);
        Assert.Equal([1, 2, 3], h.Sandbox.State.Callbacks.All.Select(a => a.Attempt));
        Assert.All(h.Sandbox.State.Callbacks.All, a => Assert.Equal(500, a.StatusCode));
    }

    [Fact]
    public async Task Push_IsRefused_WhenCallbackUrlNotLoopback()
    {
        await using var h = await SandboxHarness.StartAsync(o => o.Accounts[0].Callback = new SandboxCallbackOptions
        {
            Url = "http://example.com/cb", Token = Token,
        });
        var draft = h.Sandbox.State.Drafts.Find(h.Account.AppId, await h.AddDraftAsync("外"))!;
        var job = h.Sandbox.Publishing.Submit(draft);

        h.Sandbox.Publishing.Resolve(job.PublishId, State.PublishOutcome.Success);
        await h.Sandbox.Callbacks.DrainAsync(CancellationToken.None);

        var attempt = Assert.Single(h.Sandbox.State.Callbacks.All);
        Assert.Null(attempt.StatusCode);
        Assert.StartsWith("refused", attempt.Error);
    }

    [Fact]
    public async Task Handshake_Succeeds_WhenReceiverEchoes()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        using var http = new HttpClient();

        var result = await CallbackHandshake.VerifyAsync(http, receiver.Url, Token, TimeProvider.System, CancellationToken.None);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(result.Echostr, result.Body);
    }

    [Fact]
    public async Task Handshake_Fails_WhenReceiverAnswersSomethingElse()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        receiver.WrongEcho = "nope";
        using var http = new HttpClient();

        var result = await CallbackHandshake.VerifyAsync(http, receiver.Url, Token, TimeProvider.System, CancellationToken.None);

        Assert.False(result.Succeeded);
    }
}

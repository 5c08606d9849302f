using System.Globalization;
using System.Net;
using System.Text;
using Media.Channels.WeChat.Tests.Infrastructure;
using Media.WeChat.Sandbox;
using Media.WeChat.Sandbox.Callbacks;

namespace Media.Channels.WeChat.Tests.Endpoints;

/// <summary><c>/wechat/callback/{channelId}</c> in the Media host, over real HTTP on a loopback port.</summary>
public sealed class WeChatCallbackEndpointTests(CallbackHostFixture fixture) : IClassFixture<CallbackHostFixture>, IDisposable
{
    private readonly HttpClient _http = new();

    [Fact]
    public async Task Handshake_AnswersEchostr_WhenSignedWithChannelToken()
    {
        var result = await CallbackHandshake.VerifyAsync(_http, Url(fixture.Channel.Id), CallbackHostFixture.Token, TimeProvider.System,
            CancellationToken.None);

        Assert.True(result.Succeeded, $"{result.StatusCode} {result.Body} {result.Error}");
    }

    [Fact]
    public async Task Handshake_Returns400_WhenSignedWithAnotherToken()
    {
        var result = await CallbackHandshake.VerifyAsync(_http, Url(fixture.Channel.Id), "someoneElsesToken", TimeProvider.System,
            CancellationToken.None);

        Assert.Equal(400, result.StatusCode);
        Assert.DoesNotContain(result.Echostr, result.Body ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_Returns404_WhenChannelUnknownOrNotWeChat()
    {
        var app = fixture.App.Channels.Add("app", new Dictionary<string, string> { ["callbackToken"] = CallbackHostFixture.Token });

        var unknown = await CallbackHandshake.VerifyAsync(_http, Url(Guid.NewGuid()), CallbackHostFixture.Token, TimeProvider.System, CancellationToken.None);
        var notWeChat = await CallbackHandshake.VerifyAsync(_http, Url(app.Id), CallbackHostFixture.Token, TimeProvider.System, CancellationToken.None);

        Assert.Equal((404, 404), (unknown.StatusCode, notWeChat.StatusCode));
    }

    [Fact]
    public async Task PublishJobFinished_WakesTheDeliveryByPublishId_WhenSandboxPushesInSafeMode()
    {
        using var host = new ClientHost();
        var draft = await Publishing.AddDraftAsync(host.Client, fixture.Account, title: "回调唤醒投递");
        var submission = await host.Client.SubmitPublishAsync(fixture.Account, draft.MediaId, CancellationToken.None);
        await Publishing.WaitAsync(host.Client, fixture.Account, submission.PublishId);

        var woken = await fixture.App.Callbacks.NextAsync();
        await fixture.Sandbox.Callbacks.DrainAsync(CancellationToken.None);

        Assert.Equal((fixture.Channel.Id, "publishId", submission.PublishId), woken);
        var attempt = Assert.Single(fixture.Sandbox.State.Callbacks.All, a => a.PublishId.ToString(CultureInfo.InvariantCulture) == submission.PublishId);
        Assert.Equal((200, "success"), (attempt.StatusCode, attempt.ResponseBody));
    }

    [Fact]
    public async Task Push_Returns400AndWakesNothing_WhenSignedWithAnotherToken()
    {
        var forged = new SandboxCallbackOptions { Token = "forged", EncodingAesKey = CallbackHostFixture.AesKey, Mode = CallbackMode.Safe };
        var xml = PublishJobFinishXml.Build("gh_5a7d0c0de201", "mphelper", 1714112445, 2247509999, 0, "forged-article", ["http://mp.weixin.qq.com/s/x"], []);
        var envelope = CallbackEnvelope.Seal(forged, CallbackHostFixture.AppId, "gh_5a7d0c0de201", "mphelper", xml, "1714112445", "415670741");

        using var response = await _http.PostAsync(new Uri($"{Url(fixture.Channel.Id)}?{envelope.Query}"),
            new StringContent(envelope.Body, Encoding.UTF8, "text/xml"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(fixture.App.Callbacks.TryNext(out _));
    }

    [Fact]
    public async Task Push_Returns413_WhenBodyIsLargerThanAnyWeChatEvent()
    {
        using var response = await _http.PostAsync(new Uri(Url(fixture.Channel.Id) + "?signature=x&timestamp=1&nonce=2"),
            new StringContent(new string('x', 200_000), Encoding.UTF8, "text/xml"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    public void Dispose() => _http.Dispose();

    private string Url(Guid channelId) => fixture.App.CallbackUri(channelId).ToString();
}

using Media.Channels.WeChat.Api;
using Media.Channels.WeChat.Callbacks;
using Media.Channels.WeChat.Tests.Infrastructure;
using Media.WeChat.Sandbox;
using Media.WeChat.Sandbox.Callbacks;

namespace Media.Channels.WeChat.Tests.Integration;

public sealed class CallbackPushTests(CallbackSandboxFixture fixture) : IClassFixture<CallbackSandboxFixture>
{
    [Theory]
    [InlineData(CallbackMode.Plaintext)]
    [InlineData(CallbackMode.Compatible)]
    [InlineData(CallbackMode.Safe)]
    public async Task Reader_ReadsPublishJobFinished_WhenSandboxPushesIt(CallbackMode mode)
    {
        using var host = new ClientHost();
        var account = fixture.AccountIn(mode);
        fixture.Listener.Serve(account);
        var draft = await Publishing.AddDraftAsync(host.Client, account);
        var submission = await host.Client.SubmitPublishAsync(account, draft.MediaId, CancellationToken.None);
        var status = await Publishing.WaitAsync(host.Client, account, submission.PublishId);

        var pushed = await fixture.Listener.NextAsync();
        await fixture.Sandbox.Callbacks.DrainAsync(CancellationToken.None);

        Assert.Equal(WeChatCallbackKind.PublishJobFinished, pushed.Kind);
        Assert.Equal("success", pushed.ResponseBody);
        var job = pushed.PublishJob!;
        Assert.Equal((submission.PublishId, WeChatPublishState.Succeeded), (job.PublishId, job.State));
        Assert.Equal(status.ArticleId, job.ArticleId);
        Assert.Equal(status.Articles, job.Articles);
        Assert.Contains(fixture.Sandbox.State.Callbacks.All,
            a => a.PublishId.ToString(System.Globalization.CultureInfo.InvariantCulture) == submission.PublishId && a.Succeeded);
    }

    [Fact]
    public async Task Reader_AnswersEchostr_WhenSandboxVerifiesTheUrl()
    {
        var account = fixture.AccountIn(CallbackMode.Safe);
        fixture.Listener.Serve(account);
        using var http = new HttpClient();

        var handshake = await CallbackHandshake.VerifyAsync(http, fixture.Listener.BaseUrl + account.AppId,
            CallbackSandboxFixture.Token, TimeProvider.System, CancellationToken.None);
        var read = await fixture.Listener.NextAsync();

        Assert.True(handshake.Succeeded, handshake.Body ?? handshake.Error);
        Assert.Equal((WeChatCallbackKind.Handshake, handshake.Echostr), (read.Kind, read.ResponseBody));
    }

    [Fact]
    public async Task Reader_RejectsPush_WhenListenerHasAnotherToken()
    {
        using var host = new ClientHost();
        var account = fixture.AccountIn(CallbackMode.Plaintext);
        fixture.Listener.Serve(account with { CallbackToken = "someone-elses-token" });
        try
        {
            var draft = await Publishing.AddDraftAsync(host.Client, account);
            var submission = await host.Client.SubmitPublishAsync(account, draft.MediaId, CancellationToken.None);
            await Publishing.WaitAsync(host.Client, account, submission.PublishId);

            var pushed = await fixture.Listener.NextAsync();

            Assert.Equal((WeChatCallbackKind.Rejected, "bad signature"), (pushed.Kind, pushed.RejectionReason));
            Assert.Null(pushed.PublishJob);
        }
        finally
        {
            await fixture.Sandbox.Callbacks.DrainAsync(CancellationToken.None);
            // The sandbox retried the refused push (three tries in all); clear the retries off the listener.
            while (fixture.Listener.TryNext(out _)) { }
            fixture.Listener.Serve(account);
        }
    }
}

using Media.Channels.WeChat.Api;
using Media.Channels.WeChat.Tests.Infrastructure;
using Media.WeChat.Sandbox.Faults;

namespace Media.Channels.WeChat.Tests.Integration;

/// <summary>The client's mass-send calls against the sandbox (docs/wechat.md §8, §15).</summary>
public sealed class MassSendClientTests(MassSendSandboxFixture fixture) : IClassFixture<MassSendSandboxFixture>
{
    [Fact]
    public async Task SendToFollowers_ReturnsTheEarlierSend_WhenTheClientMsgIdRepeatsAfterALostAnswer()
    {
        using var host = new ClientHost();
        var clientMsgId = "push-" + Guid.NewGuid().ToString("N");
        var draft = await Publishing.AddDraftAsync(host.Client, fixture.Account, title: "群发头条");
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.AnswerLost("message/mass/sendall"));

        await Assert.ThrowsAsync<WeChatApiException>(() =>
            host.Client.SendToFollowersAsync(fixture.Account, draft.MediaId, tagId: 2, clientMsgId, CancellationToken.None));
        var again = await host.Client.SendToFollowersAsync(fixture.Account, draft.MediaId, tagId: 2, clientMsgId, CancellationToken.None);

        var sent = Assert.Single(fixture.Sandbox.State.MassSends.All, s => s.ClientMsgId == clientMsgId);
        Assert.True(again.WasRepeat);
        Assert.Equal(sent.MsgId, again.MsgId);
    }

    [Fact]
    public async Task MassSend_PreviewSendPollAndDelete_AgainstSandbox()
    {
        using var host = new ClientHost();
        var draft = await Publishing.AddDraftAsync(host.Client, fixture.Account, title: "今日推送");

        await host.Client.PreviewAsync(fixture.Account, draft.MediaId, "zhang_san", CancellationToken.None);
        var send = await host.Client.SendToFollowersAsync(fixture.Account, draft.MediaId, tagId: 7, "push-" + Guid.NewGuid().ToString("N"),
            CancellationToken.None);
        var sending = await host.Client.GetMassSendStatusAsync(fixture.Account, send.MsgId, CancellationToken.None);
        await Task.Delay(fixture.Sandbox.State.Options.MassSendDelay + TimeSpan.FromMilliseconds(100));
        var sent = await host.Client.GetMassSendStatusAsync(fixture.Account, send.MsgId, CancellationToken.None);
        await host.Client.DeleteMassSendAsync(fixture.Account, send.MsgId, 0, CancellationToken.None);
        var deleted = await host.Client.GetMassSendStatusAsync(fixture.Account, send.MsgId, CancellationToken.None);

        Assert.False(send.WasRepeat);
        Assert.Equal(("SENDING", "SEND_SUCCESS", "DELETE"), (sending, sent, deleted));
        Assert.Contains(fixture.Sandbox.State.MassSends.Previews, p => p.WxName == "zhang_san" && p.Title == "今日推送");
    }

    [Fact]
    public async Task Preview_Throws40007_ForAConsumedDraft()
    {
        using var host = new ClientHost();
        var draft = await Publishing.AddDraftAsync(host.Client, fixture.Account, title: "已群发");
        await host.Client.SendToFollowersAsync(fixture.Account, draft.MediaId, tagId: 3, "push-" + Guid.NewGuid().ToString("N"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<WeChatApiException>(() =>
            host.Client.PreviewAsync(fixture.Account, draft.MediaId, "zhang_san", CancellationToken.None));

        Assert.Equal(40007, error.Errcode);
    }
}

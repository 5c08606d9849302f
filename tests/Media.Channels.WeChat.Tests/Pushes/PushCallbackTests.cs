using System.Globalization;
using System.Text.Json;
using Media.Channels.WeChat.Tests.Infrastructure;
using Media.Testing;
using Media.WeChat.Sandbox;
using Media.WeChat.Sandbox.Faults;
using static Media.Channels.WeChat.Tests.Pushes.PushSendNewsroom;

namespace Media.Channels.WeChat.Tests.Pushes;

/// <summary>
/// MASSSENDJOBFINISH and PUBLISHJOBFINISH complete pushes (docs/wechat.md §15.7), over real HTTP both ways: the sandbox
/// pushes the event, encrypted in safe mode, to the site's <c>/wechat/callback/{channelId}</c>. WeChat's status polling is
/// slowed to ten minutes, and each test checks no status call was made: the push ended from the callback.
/// </summary>
public abstract class PushCallbackTests(PushCallbackApp app, PushSandboxFixture sandbox)
{
    private readonly PushSendNewsroom newsroom = new(app, sandbox);

    [Fact]
    public async Task MassSend_IsCompletedByMassSendJobFinish_WithCountsAndEachArticlesLink()
    {
        var (account, channel) = await CallbackChannelAsync(CallbackMode.Safe);
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, "massSend", await newsroom.ArticlesAsync("回调：头条", "回调：次条"));
        var polls = sandbox.Calls("message/mass/get");

        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/send", new { }, 202);
        var sent = await UntilStatusAsync(leader, Id(push), "sent", "failed");

        var send = Assert.Single(sandbox.Sandbox.State.MassSends.All, s => s.AppId == account.AppId);
        Assert.Equal("sent", sent.GetProperty("status").GetString());
        Assert.Equal(send.ArticleUrls, sent.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("url").GetString()!));
        Assert.Equal("1000", sent.GetProperty("externalIds").GetProperty("sentCount").GetString());
        Assert.Equal(polls, sandbox.Calls("message/mass/get"));
        Assert.Contains(sandbox.Sandbox.State.Callbacks.All, a => a.AppId == account.AppId && a.Event == "MASSSENDJOBFINISH" && a.Succeeded
            && a.RequestBody.Contains("<Encrypt>", StringComparison.Ordinal) && !a.RequestBody.Contains("MsgID", StringComparison.Ordinal));
        Assert.Single(await AuditAsync(Id(push)), "wechat-push.sent");
    }

    [Fact]
    public async Task MassSend_IsCompleted_WhenTheCallbackArrivesBeforeSendallsAnswer()
    {
        var (account, channel) = await CallbackChannelAsync(CallbackMode.Safe);
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, "massSend", await newsroom.ArticlesAsync("回调先于应答"));
        var polls = sandbox.Calls("message/mass/get");
        // WeChat does the send and pushes MASSSENDJOBFINISH 200 ms later; sendall's answer comes 3 s after the send.
        sandbox.Sandbox.State.Faults.Enqueue(SandboxFault.HeldAnswer("message/mass/sendall", TimeSpan.FromSeconds(3)));

        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/send", new { }, 202);
        await UntilAsync(() => sandbox.Sandbox.State.Callbacks.All.Any(a => a.AppId == account.AppId && a.Succeeded));
        var beforeAnswer = await leader.GetJsonAsync($"/api/wechat/pushes/{Id(push)}");
        var sent = await UntilStatusAsync(leader, Id(push), "sent", "failed");

        Assert.False(beforeAnswer.GetProperty("externalIds").TryGetProperty("msgId", out _)); // the event came first
        Assert.Equal("sent", sent.GetProperty("status").GetString());
        var send = Assert.Single(sandbox.Sandbox.State.MassSends.All, s => s.AppId == account.AppId);
        Assert.Equal(send.ArticleUrls[0], sent.GetProperty("articles")[0].GetProperty("url").GetString());
        Assert.Equal(polls, sandbox.Calls("message/mass/get"));
        Assert.Single(await AuditAsync(Id(push)), "wechat-push.sent");
    }

    [Fact]
    public async Task MassSend_Fails_WithAReadableError_WhenTheCallbackSaysTheAdminRefused()
    {
        var (account, channel) = await CallbackChannelAsync(CallbackMode.Safe, massProtection: true);
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, "massSend", await newsroom.ArticlesAsync("回调：管理员拒绝"));
        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/send", new { }, 202);
        await UntilAsync(() => sandbox.Sandbox.State.MassSends.All.Any(s => s.AppId == account.AppId));
        var msgId = sandbox.Sandbox.State.MassSends.All.Single(s => s.AppId == account.AppId).MsgId;
        await UntilAsync(async () => (await leader.GetJsonAsync($"/api/wechat/pushes/{Id(push)}")).GetProperty("externalIds").TryGetProperty("msgId", out _));

        using (var http = new HttpClient())
        {
            var refused = await http.PostAsync(new Uri(sandbox.Sandbox.BaseUrl, $"sandbox/masssend/{msgId}/refuse"), null);
            Assert.True(refused.IsSuccessStatusCode);
        }

        var failed = await UntilStatusAsync(leader, Id(push), "sent", "failed");

        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Contains("管理员在手机上拒绝", failed.GetProperty("lastError").GetString());
        Assert.Contains("err(40001)", failed.GetProperty("lastError").GetString());
        Assert.Single(await AuditAsync(Id(push)), "wechat-push.failed");
    }

    [Fact]
    public async Task Publish_IsCompletedByPublishJobFinish_WithEachArticlesLink()
    {
        var (account, channel) = await CallbackChannelAsync(CallbackMode.Compatible);
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, "publish", await newsroom.ArticlesAsync("发布回调：头条", "发布回调：次条"));
        var polls = sandbox.Calls("freepublish/get");

        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/send", new { }, 202);
        var sent = await UntilStatusAsync(leader, Id(push), "sent", "failed");

        var job = Assert.Single(sandbox.Sandbox.State.Publishes.All, p => p.AppId == account.AppId);
        Assert.Equal("sent", sent.GetProperty("status").GetString());
        Assert.Equal(job.ArticleUrls, sent.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("url").GetString()!));
        Assert.Equal(job.ArticleId, sent.GetProperty("externalIds").GetProperty("articleId").GetString());
        Assert.Equal(polls, sandbox.Calls("freepublish/get"));
        Assert.Single(await AuditAsync(Id(push)), "wechat-push.sent");
    }

    /// <summary>A fresh sandbox account pushing to this channel's callback URL in <paramref name="mode"/>.</summary>
    private async Task<(SandboxAccountOptions Account, Guid Channel)> CallbackChannelAsync(CallbackMode mode, bool massProtection = false)
    {
        var account = sandbox.NextAccount(massProtection);
        var channel = await (await newsroom.Newsroom.AdminAsync()).PostJsonAsync("/api/channels", new
        {
            type = "wechat", name = account.Name,
            settings = new
            {
                appId = account.AppId, appSecret = account.Secret, apiBaseUrl = sandbox.Sandbox.BaseUrl.ToString(),
                accountType = account.AccountType, massProtection, callbackToken = CallbackSandboxFixture.Token,
                encodingAesKey = CallbackSandboxFixture.AesKey,
            },
        }, 201);
        var id = channel.GetProperty("id").GetGuid();
        account.Callback = new SandboxCallbackOptions
        {
            Url = new Uri(app.RootUri, $"/wechat/callback/{id}").ToString(), Token = CallbackSandboxFixture.Token,
            EncodingAesKey = CallbackSandboxFixture.AesKey, Mode = mode,
        };
        return (account, id);
    }

    private async Task<IReadOnlyList<string>> AuditAsync(Guid pushId) =>
        (await new PushNewsroom(app).AuditActionsAsync(pushId)).Where(a => a is "wechat-push.sent" or "wechat-push.failed").ToList();

    private static Task UntilAsync(Func<bool> condition) => UntilAsync(() => Task.FromResult(condition()));

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException("Timed out waiting.");
            await Task.Delay(50);
        }
    }
}

public sealed class PushCallbackTestsOnSqlite(PushCallbackSqliteApp app, PushSandboxFixture sandbox)
    : PushCallbackTests(app, sandbox), IClassFixture<PushCallbackSqliteApp>, IClassFixture<PushSandboxFixture>;

public sealed class PushCallbackTestsOnPostgreSql(PushCallbackPostgresApp app, PushSandboxFixture sandbox)
    : PushCallbackTests(app, sandbox), IClassFixture<PushCallbackPostgresApp>, IClassFixture<PushSandboxFixture>;

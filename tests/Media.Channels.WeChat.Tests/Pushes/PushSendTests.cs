using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Media.Abstractions.Security;
using Media.Abstractions.Time;
using Media.Channels.WeChat.Pushes.Sending;
using Media.Testing;
using Media.WeChat.Sandbox.Faults;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Media.Channels.WeChat.Tests.Pushes.PushSendNewsroom;

namespace Media.Channels.WeChat.Tests.Pushes;

/// <summary><c>POST /api/wechat/pushes/{id}/send</c> over real HTTP against the sandbox (docs/wechat.md §15.6): one draft
/// with every article, then 群发 or 发布, followed until WeChat has finished; the allowance, 群发保护, and lost answers.</summary>
public abstract class PushSendTests(MediaAppFactory app, PushSandboxFixture sandbox, ITestOutputHelper output)
{
    private readonly PushSendNewsroom newsroom = new(app, sandbox);

    [Fact]
    public async Task MassSend_OfThreeArticlesToAllFollowers_EndsSent_WithOneDraftAndOneSend()
    {
        var account = sandbox.NextAccount();
        var channel = await newsroom.ChannelAsync(account);
        var ids = await newsroom.ArticlesAsync("头条：县里新建三座冷链仓库", "次条：新增两条公交线路", "三条：县医院新院区启用");
        var drafts = sandbox.Calls("draft/add");
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, "massSend", ids);
        var clock = Stopwatch.StartNew();

        var sending = await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/send", new { }, 202);
        var sent = await UntilStatusAsync(leader, Id(push), "sent", "failed");
        output.WriteLine($"sign-off to sent: {clock.ElapsedMilliseconds} ms");

        Assert.Equal("sending", sending.GetProperty("status").GetString());
        Assert.Equal("sent", sent.GetProperty("status").GetString());
        var send = Assert.Single(sandbox.Sandbox.State.MassSends.All, s => s.AppId == account.AppId);
        Assert.Equal(["头条：县里新建三座冷链仓库", "次条：新增两条公交线路", "三条：县医院新院区启用"], send.Articles.Select(a => a.Title));
        Assert.True(send.IsToAll);
        Assert.Equal(PushSender.ClientMsgId(Id(push)), send.ClientMsgId);
        Assert.Contains("mmbiz.qpic.cn", send.Articles[0].Content, StringComparison.Ordinal); // the body photo, uploaded
        Assert.Equal(send.MsgId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            sent.GetProperty("externalIds").GetProperty("msgId").GetString());
        Assert.Equal(drafts + 1, sandbox.Calls("draft/add"));
        Assert.Empty(sandbox.Sandbox.State.Drafts.ForAccount(account.AppId)); // consumed by the send
        var quota = await leader.GetJsonAsync($"/api/wechat/quota?channelId={channel}");
        Assert.Equal(0, quota.GetProperty("massSendsLeft").GetInt32());
    }

    [Fact]
    public async Task Send_Returns409WechatQuota_WithResetTime_WhenTheDaysMassSendIsUsed()
    {
        var account = sandbox.NextAccount();
        var channel = await newsroom.ChannelAsync(account);
        var ids = await newsroom.ArticlesAsync("今天的第一次群发", "今天想再群发一次");
        var (first, leader) = await newsroom.SignedOffPushAsync(channel, "massSend", [ids[0]]);
        var (second, _) = await newsroom.SignedOffPushAsync(channel, "massSend", [ids[1]]);
        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(first)}/send", new { }, 202);
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();

        var refused = await leader.PostJsonAsync($"/api/wechat/pushes/{Id(second)}/send", new { }, 409);
        await UntilStatusAsync(leader, Id(first), "sent", "failed");
        var still = await leader.GetJsonAsync($"/api/wechat/pushes/{Id(second)}");

        Assert.EndsWith("/wechat-quota", refused.GetProperty("type").GetString());
        Assert.Equal(ChinaTime.StartOfNextDay(now), refused.GetProperty("resetsAt").GetDateTimeOffset());
        Assert.Contains("北京时间", refused.GetProperty("detail").GetString());
        Assert.Equal("signed_off", still.GetProperty("status").GetString());
        Assert.Single(sandbox.Sandbox.State.MassSends.All, s => s.AppId == account.AppId);
    }

    [Fact]
    public async Task Send_Returns409_ForAPushNotSignedOff_And403_ForEditor()
    {
        var channel = await newsroom.ChannelAsync(sandbox.NextAccount());
        var ids = await newsroom.ArticlesAsync("未签发的推送");
        var (editor, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Editor);
        var (chief, _) = await newsroom.Newsroom.UserAsync(MediaRoles.ChiefEditor);
        var draft = await editor.PostJsonAsync("/api/wechat/pushes", new { channelId = channel, mode = "massSend", articleIds = ids }, 201);

        var conflict = await chief.PostJsonAsync($"/api/wechat/pushes/{Id(draft)}/send", new { }, 409);
        await editor.PostJsonAsync($"/api/wechat/pushes/{Id(draft)}/send", new { }, 403);
        await chief.PostJsonAsync($"/api/wechat/pushes/{Guid.NewGuid()}/send", new { }, 404);

        Assert.EndsWith("/conflict", conflict.GetProperty("type").GetString());
    }

    [Fact]
    public async Task MassSend_UnderMassProtection_AwaitsConfirmation_ThenIsSent()
    {
        var account = sandbox.NextAccount(massProtection: true);
        var channel = await newsroom.ChannelAsync(account, massProtection: true);
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, "massSend", await newsroom.ArticlesAsync("群发保护：等管理员确认"));
        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/send", new { }, 202);

        var waiting = await UntilStatusAsync(leader, Id(push), "awaiting_confirmation", "sent", "failed");
        await ConfirmAsync(waiting, "confirm");
        var sent = await UntilStatusAsync(leader, Id(push), "sent", "failed");

        Assert.Equal("awaiting_confirmation", waiting.GetProperty("status").GetString());
        Assert.Equal("sent", sent.GetProperty("status").GetString());
        Assert.Contains("wechat-push.sent", await AuditActionsAsync(Id(push)));
    }

    [Fact]
    public async Task MassSend_UnderMassProtection_Fails_WhenTheAdminRefuses_AndGivesTheAllowanceBack()
    {
        var account = sandbox.NextAccount(massProtection: true);
        var channel = await newsroom.ChannelAsync(account, massProtection: true);
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, "massSend", await newsroom.ArticlesAsync("群发保护：管理员拒绝"));
        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/send", new { }, 202);

        var waiting = await UntilStatusAsync(leader, Id(push), "awaiting_confirmation", "sent", "failed");
        await ConfirmAsync(waiting, "refuse");
        var failed = await UntilStatusAsync(leader, Id(push), "sent", "failed");
        var quota = await leader.GetJsonAsync($"/api/wechat/quota?channelId={channel}");

        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Contains("群发保护", failed.GetProperty("lastError").GetString());
        Assert.Equal(1, quota.GetProperty("massSendsLeft").GetInt32());
        Assert.Contains("wechat-push.failed", await AuditActionsAsync(Id(push)));
    }

    [Fact]
    public async Task Publish_OfTwoArticles_EndsSent_WithEachArticlesLink()
    {
        var account = sandbox.NextAccount();
        var channel = await newsroom.ChannelAsync(account);
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, "publish", await newsroom.ArticlesAsync("发布：头条", "发布：次条"));

        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/send", new { }, 202);
        var sent = await UntilStatusAsync(leader, Id(push), "sent", "failed");

        var job = Assert.Single(sandbox.Sandbox.State.Publishes.All, p => p.AppId == account.AppId);
        Assert.Equal("sent", sent.GetProperty("status").GetString());
        Assert.Equal(job.ArticleUrls, sent.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("url").GetString()!));
        Assert.Equal(job.ArticleId, sent.GetProperty("externalIds").GetProperty("articleId").GetString());
        Assert.DoesNotContain(sandbox.Sandbox.State.MassSends.All, s => s.AppId == account.AppId);
    }

    [Fact]
    public async Task MassSend_IsSentOnce_WhenSendallsAnswerIsLost()
    {
        var account = sandbox.NextAccount();
        var channel = await newsroom.ChannelAsync(account);
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, "massSend", await newsroom.ArticlesAsync("群发应答丢失"));
        var sendalls = sandbox.Calls("message/mass/sendall");
        sandbox.Sandbox.State.Faults.Enqueue(SandboxFault.AnswerLost("message/mass/sendall"));

        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/send", new { }, 202);
        var sent = await UntilStatusAsync(leader, Id(push), "sent", "failed");

        Assert.Equal("sent", sent.GetProperty("status").GetString());
        Assert.Single(sandbox.Sandbox.State.MassSends.All, s => s.AppId == account.AppId);
        Assert.Equal(sendalls + 2, sandbox.Calls("message/mass/sendall")); // the repeat was answered 45065
    }

    [Fact]
    public async Task Publish_IsFoundNotRepeated_WhenSubmitsAnswerIsLost()
    {
        var account = sandbox.NextAccount();
        var channel = await newsroom.ChannelAsync(account);
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, "publish", await newsroom.ArticlesAsync("提交应答丢失：头条", "提交应答丢失：次条"));
        var (submits, lookups) = (sandbox.Calls("freepublish/submit"), sandbox.Calls("freepublish/batchget"));
        sandbox.Sandbox.State.Faults.Enqueue(SandboxFault.AnswerLost("freepublish/submit"));

        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/send", new { }, 202);
        var sent = await UntilStatusAsync(leader, Id(push), "sent", "failed");

        var job = Assert.Single(sandbox.Sandbox.State.Publishes.All, p => p.AppId == account.AppId);
        Assert.Equal("sent", sent.GetProperty("status").GetString());
        Assert.Equal(job.ArticleId, sent.GetProperty("externalIds").GetProperty("articleId").GetString());
        Assert.Equal(submits + 1, sandbox.Calls("freepublish/submit"));
        Assert.True(sandbox.Calls("freepublish/batchget") > lookups);
    }

    [Fact]
    public async Task FailedPush_LeavesNoDraft_WhenWeChatRefusesTheSend()
    {
        var account = sandbox.NextAccount();
        var channel = await newsroom.ChannelAsync(account);
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, "massSend", await newsroom.ArticlesAsync("微信拒绝群发"));
        sandbox.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode("message/mass/sendall", 48001));

        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/send", new { }, 202);
        var failed = await UntilStatusAsync(leader, Id(push), "sent", "failed");

        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Contains("48001", failed.GetProperty("lastError").GetString());
        Assert.Empty(sandbox.Sandbox.State.Drafts.ForAccount(account.AppId));
        Assert.DoesNotContain(sandbox.Sandbox.State.MassSends.All, s => s.AppId == account.AppId);
    }

    /// <summary>Two leaders press send at the same moment on an account with one mass send left (docs/wechat.md §15.4): the
    /// account's lock row lets one commit; the other is checked again and refused. Three accounts, three races.</summary>
    [Fact]
    public async Task ConcurrentSends_OnTheLastMassSendLeft_OnlyOneGoesOut()
    {
        for (var round = 0; round < 3; round++)
        {
            var account = sandbox.NextAccount();
            var channel = await newsroom.ChannelAsync(account);
            var ids = await newsroom.ArticlesAsync($"并发群发 {round}：甲", $"并发群发 {round}：乙");
            var (first, leader) = await newsroom.SignedOffPushAsync(channel, "massSend", [ids[0]]);
            var (second, otherLeader) = await newsroom.SignedOffPushAsync(channel, "massSend", [ids[1]]);

            var answers = await Task.WhenAll(
                leader.Http.PostAsync($"/api/wechat/pushes/{Id(first)}/send", JsonContent.Create(new { })),
                otherLeader.Http.PostAsync($"/api/wechat/pushes/{Id(second)}/send", JsonContent.Create(new { })));

            Assert.Equal([202, 409], answers.Select(a => (int)a.StatusCode).Order());
            var refused = answers.Single(a => (int)a.StatusCode == 409);
            Assert.EndsWith("/wechat-quota", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
            var accepted = Id(first) == Id(await answers.Single(a => (int)a.StatusCode == 202).Content.ReadFromJsonAsync<JsonElement>())
                ? Id(first) : Id(second);
            await UntilStatusAsync(leader, accepted, "sent", "failed");
            Assert.Single(sandbox.Sandbox.State.MassSends.All, s => s.AppId == account.AppId);
        }
    }

    private async Task ConfirmAsync(JsonElement push, string answer)
    {
        var msgId = push.GetProperty("externalIds").GetProperty("msgId").GetString();
        using var http = new HttpClient();
        var response = await http.PostAsync(new Uri(sandbox.Sandbox.BaseUrl, $"sandbox/masssend/{msgId}/{answer}"), null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private Task<IReadOnlyList<string>> AuditActionsAsync(Guid pushId) => new PushNewsroom(app).AuditActionsAsync(pushId);
}

public sealed class PushSendTestsOnSqlite(PushSendSqliteApp app, PushSandboxFixture sandbox, ITestOutputHelper output)
    : PushSendTests(app, sandbox, output), IClassFixture<PushSendSqliteApp>, IClassFixture<PushSandboxFixture>;

public sealed class PushSendTestsOnPostgreSql(PushSendPostgresApp app, PushSandboxFixture sandbox, ITestOutputHelper output)
    : PushSendTests(app, sandbox, output), IClassFixture<PushSendPostgresApp>, IClassFixture<PushSandboxFixture>;

using System.Text.Json;
using Media.Abstractions.Security;
using Media.Testing;
using Media.WeChat.Sandbox.Faults;
using static Media.Channels.WeChat.Tests.Pushes.PushSendNewsroom;

namespace Media.Channels.WeChat.Tests.Pushes;

/// <summary>Retraction over real HTTP against the sandbox (docs/wechat.md §15.8): <c>POST /api/wechat/pushes/{id}/retract</c>
/// deletes every article of a mass send (message/mass/delete, 1-based article_idx) or the whole publication
/// (freepublish/delete); retracting an article takes it out of the pushes it went out in.</summary>
public abstract class PushRetractTests(MediaAppFactory app, PushSandboxFixture sandbox)
{
    private readonly PushSendNewsroom newsroom = new(app, sandbox);

    [Fact]
    public async Task Retract_OfAMassSend_DeletesEachArticle_AndEndsRetracted()
    {
        var account = sandbox.NextAccount();
        var (push, leader) = await SentPushAsync(await newsroom.ChannelAsync(account), "massSend", "撤回群发：头条", "撤回群发：次条", "撤回群发：三条");

        var retracting = await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/retract", new { reason = "数据有误，整条撤回" }, 202);
        var retracted = await UntilStatusAsync(leader, Id(push), "retracted");

        Assert.Equal("retracting", retracting.GetProperty("status").GetString());
        var send = Assert.Single(sandbox.Sandbox.State.MassSends.All, s => s.AppId == account.AppId);
        Assert.Equal([1, 2, 3], send.DeletedIdx!.Order());
        Assert.All(retracted.GetProperty("articles").EnumerateArray(), a => Assert.Equal(JsonValueKind.String, a.GetProperty("retractedAt").ValueKind));
        Assert.Contains("数据有误", retracted.GetProperty("retractionNote").GetString());
        var actions = await new PushNewsroom(app).AuditActionsAsync(Id(push));
        Assert.Single(actions, "wechat-push.retract-requested");
        Assert.Single(actions, "wechat-push.retracted");
    }

    [Fact]
    public async Task Retract_OfAPublish_DeletesThePublication_AndEndsRetracted()
    {
        var account = sandbox.NextAccount();
        var (push, leader) = await SentPushAsync(await newsroom.ChannelAsync(account), "publish", "撤回发布：头条", "撤回发布：次条");

        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/retract", new { reason = "撤回发布" }, 202);
        await UntilStatusAsync(leader, Id(push), "retracted");

        var job = Assert.Single(sandbox.Sandbox.State.Publishes.All, p => p.AppId == account.AppId);
        Assert.Equal(5, job.Status); // all deleted
        Assert.All(job.DeletedItems, Assert.True);
    }

    [Fact]
    public async Task Retract_CountsAsDone_WhenTheDeletesAnswerWasLost()
    {
        var account = sandbox.NextAccount();
        var (push, leader) = await SentPushAsync(await newsroom.ChannelAsync(account), "publish", "撤回应答丢失");
        var deletes = sandbox.Calls("freepublish/delete");
        sandbox.Sandbox.State.Faults.Enqueue(SandboxFault.AnswerLost("freepublish/delete"));

        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/retract", new { reason = "应答丢失也要撤回" }, 202);
        await UntilStatusAsync(leader, Id(push), "retracted");

        // The lost call deleted it; the next run asked freepublish/get (status 5) instead of deleting again.
        Assert.Equal(deletes + 1, sandbox.Calls("freepublish/delete"));
        Assert.Equal(5, Assert.Single(sandbox.Sandbox.State.Publishes.All, p => p.AppId == account.AppId).Status);
    }

    [Fact]
    public async Task Retract_Returns400WithoutReason_409UnlessSent_403ForChiefEditor()
    {
        var channel = await newsroom.ChannelAsync(sandbox.NextAccount());
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, "massSend", await newsroom.ArticlesAsync("未发出的推送"));
        var (chief, _) = await newsroom.Newsroom.UserAsync(MediaRoles.ChiefEditor);

        var noReason = await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/retract", new { reason = " " }, 400);
        var notSent = await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/retract", new { reason = "还没发" }, 409);
        await chief.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/retract", new { reason = "主编撤回" }, 403);
        await leader.PostJsonAsync($"/api/wechat/pushes/{Guid.NewGuid()}/retract", new { reason = "不存在" }, 404);

        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.EndsWith("/conflict", notSent.GetProperty("type").GetString());
    }

    [Fact]
    public async Task RetractingAnArticle_TakesItOutOfItsMassSend_AndLeavesTheRest()
    {
        var account = sandbox.NextAccount();
        var channel = await newsroom.ChannelAsync(account);
        var ids = await PublishedArticlesAsync("撤稿：群发头条", "撤稿：群发次条");
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, "massSend", ids);
        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/send", new { }, 202);
        await UntilStatusAsync(leader, Id(push), "sent", "failed");

        await leader.PostJsonAsync($"/api/articles/{ids[1]}/retract", new { reason = "次条内容有误" }, 202);
        var after = await UntilAsync(leader, Id(push), p => p.GetProperty("articles")[1].GetProperty("retractedAt").ValueKind == JsonValueKind.String);

        var send = Assert.Single(sandbox.Sandbox.State.MassSends.All, s => s.AppId == account.AppId);
        Assert.Equal([2], send.DeletedIdx!);
        Assert.Equal("sent", after.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("articles")[0].GetProperty("retractedAt").ValueKind);
        Assert.Contains("撤稿：群发次条", after.GetProperty("retractionNote").GetString());
        Assert.Contains("wechat-push.article-retracted", await new PushNewsroom(app).AuditActionsAsync(Id(push)));
    }

    [Fact]
    public async Task RetractingAnArticle_RetractsTheWholePublish_ItWentOutIn()
    {
        var account = sandbox.NextAccount();
        var channel = await newsroom.ChannelAsync(account);
        var ids = await PublishedArticlesAsync("撤稿：发布头条", "撤稿：发布次条");
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, "publish", ids);
        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/send", new { }, 202);
        await UntilStatusAsync(leader, Id(push), "sent", "failed");

        await leader.PostJsonAsync($"/api/articles/{ids[0]}/retract", new { reason = "头条撤稿" }, 202);
        var retracted = await UntilStatusAsync(leader, Id(push), "retracted");

        Assert.Equal(5, Assert.Single(sandbox.Sandbox.State.Publishes.All, p => p.AppId == account.AppId).Status);
        Assert.Contains("整条消息", retracted.GetProperty("retractionNote").GetString());
    }

    private async Task<(JsonElement Push, MediaClient Leader)> SentPushAsync(Guid channel, string mode, params string[] titles)
    {
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, mode, await newsroom.ArticlesAsync(titles));
        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/send", new { }, 202);
        var sent = await UntilStatusAsync(leader, Id(push), "sent", "failed");
        Assert.Equal("sent", sent.GetProperty("status").GetString());
        return (sent, leader);
    }

    /// <summary>Signed off and published on the site (web only), so they can be retracted.</summary>
    private async Task<Guid[]> PublishedArticlesAsync(params string[] titles)
    {
        var ids = await newsroom.ArticlesAsync(titles);
        var (leader, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Leader);
        foreach (var id in ids)
        {
            await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = Array.Empty<Guid>() }, 202);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await leader.GetJsonAsync($"/api/articles/{id}")).GetProperty("status").GetString() != "published")
            {
                if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"Article {id} was not published.");
                await Task.Delay(100);
            }
        }

        return ids;
    }

    private static async Task<JsonElement> UntilAsync(MediaClient client, Guid pushId, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement push;
        do
        {
            push = await client.GetJsonAsync($"/api/wechat/pushes/{pushId}");
            if (condition(push)) return push;
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        throw new Xunit.Sdk.XunitException($"The push did not change as expected: {push}");
    }
}

public sealed class PushRetractTestsOnSqlite(PushSendSqliteApp app, PushSandboxFixture sandbox)
    : PushRetractTests(app, sandbox), IClassFixture<PushSendSqliteApp>, IClassFixture<PushSandboxFixture>;

public sealed class PushRetractTestsOnPostgreSql(PushSendPostgresApp app, PushSandboxFixture sandbox)
    : PushRetractTests(app, sandbox), IClassFixture<PushSendPostgresApp>, IClassFixture<PushSandboxFixture>;

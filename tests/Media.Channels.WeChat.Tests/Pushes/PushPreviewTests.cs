using System.Text.Json;
using Media.Abstractions.Security;
using Media.Testing;
using Media.WeChat.Sandbox;
using Media.WeChat.Sandbox.Faults;
using static Media.Channels.WeChat.Tests.Pushes.PushSendNewsroom;

namespace Media.Channels.WeChat.Tests.Pushes;

/// <summary><c>POST /api/wechat/pushes/{id}/preview</c> over real HTTP against the sandbox (docs/wechat.md §15.9): the
/// push's draft reaches the configured WeChat id, is deleted again, and the preview is audited; other ids are 422, and
/// WeChat's refusals a readable 502.</summary>
public abstract class PushPreviewTests(MediaAppFactory app, PushSandboxFixture sandbox)
{
    private readonly PushSendNewsroom newsroom = new(app, sandbox);

    [Fact]
    public async Task Preview_Returns202_ReachesThePhone_LeavesNoDraft_AndIsAudited()
    {
        var account = sandbox.NextAccount();
        var channel = await ChannelAsync(account, "zhang_san", "wangwu_88");
        var ids = await newsroom.ArticlesAsync("预览：头条", "预览：次条", "预览：三条");
        var (editor, editorId) = await newsroom.Newsroom.UserAsync(MediaRoles.Editor);
        var push = await editor.PostJsonAsync("/api/wechat/pushes", new { channelId = channel, mode = "massSend", articleIds = ids }, 201);
        var (drafts, deletes) = (sandbox.Calls("draft/add"), sandbox.Calls("draft/delete"));

        await editor.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/preview", new { wxName = "wangwu_88" }, 202);

        var received = await PreviewsAsync(account, "wangwu_88");
        var preview = Assert.Single(received.EnumerateArray());
        Assert.Equal(["预览：头条", "预览：次条", "预览：三条"], preview.GetProperty("titles").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal((drafts + 1, deletes + 1), (sandbox.Calls("draft/add"), sandbox.Calls("draft/delete")));
        Assert.Empty(sandbox.Sandbox.State.Drafts.ForAccount(account.AppId)); // no orphan draft
        var entry = Assert.Single(await AuditAsync(Id(push)));
        Assert.Equal(push.GetProperty("contentHash").GetString(), entry.GetProperty("contentHash").GetString());
        Assert.Equal("wangwu_88", entry.GetProperty("data").GetProperty("wxName").GetString());
        Assert.Equal(editorId, entry.GetProperty("actorId").GetGuid());
        var after = await editor.GetJsonAsync($"/api/wechat/pushes/{Id(push)}");
        Assert.Equal("draft", after.GetProperty("status").GetString());
        Assert.False(after.GetProperty("externalIds").TryGetProperty("draftMediaId", out _));
    }

    [Fact]
    public async Task Preview_Returns422_ForAWxNameNotConfigured_And400_WithoutOne_AndCallsNoWeChat()
    {
        var account = sandbox.NextAccount();
        var channel = await ChannelAsync(account, "zhang_san");
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, "publish", await newsroom.ArticlesAsync("预览：名单外的人"));
        var drafts = sandbox.Calls("draft/add");

        var unknown = await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/preview", new { wxName = "lisi_2026" }, 422);
        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/preview", new { }, 400);
        await leader.PostJsonAsync($"/api/wechat/pushes/{Guid.NewGuid()}/preview", new { wxName = "zhang_san" }, 404);

        Assert.EndsWith("/unprocessable", unknown.GetProperty("type").GetString());
        Assert.Contains("wxName", unknown.GetProperty("errors").GetRawText());
        Assert.Equal(drafts, sandbox.Calls("draft/add"));
        Assert.Empty(await PreviewsAsync(account, "lisi_2026") is var p ? p.EnumerateArray().ToList() : []);
        Assert.Empty(await AuditAsync(Id(push)));
    }

    [Fact]
    public async Task Preview_Returns502InChinese_WhenWeChatRefuses_AndStillDeletesTheDraft()
    {
        var account = sandbox.NextAccount();
        // Configured on the channel, but not following the account at WeChat: 43004.
        var channel = await ChannelAsync(account, "not_a_follower");
        var ids = await newsroom.ArticlesAsync("预览：没有关注的人");
        var (editor, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Editor);
        var push = await editor.PostJsonAsync("/api/wechat/pushes", new { channelId = channel, mode = "massSend", articleIds = ids }, 201);

        var refused = await editor.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/preview", new { wxName = "not_a_follower" }, 502);
        sandbox.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode("message/mass/preview", 45009));
        var busy = await editor.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/preview", new { wxName = "not_a_follower" }, 502);

        Assert.EndsWith("/wechat-error", refused.GetProperty("type").GetString());
        Assert.Contains("没有关注本公众号", refused.GetProperty("detail").GetString());
        Assert.Contains("43004", refused.GetProperty("detail").GetString());
        Assert.Contains("45009", busy.GetProperty("detail").GetString());
        Assert.Empty(sandbox.Sandbox.State.Drafts.ForAccount(account.AppId));
        Assert.Empty(await AuditAsync(Id(push)));
    }

    [Fact]
    public async Task Preview_IsForbidden_ToAReporter_AndRefused_ForAPushAlreadySent()
    {
        var account = sandbox.NextAccount();
        var channel = await ChannelAsync(account, "zhang_san");
        var (push, leader) = await newsroom.SignedOffPushAsync(channel, "massSend", await newsroom.ArticlesAsync("预览：已发出的推送"));
        var (reporter, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Reporter);

        await reporter.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/preview", new { wxName = "zhang_san" }, 403);
        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/send", new { }, 202);
        await UntilStatusAsync(leader, Id(push), "sent", "failed");
        var conflict = await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/preview", new { wxName = "zhang_san" }, 409);

        Assert.EndsWith("/conflict", conflict.GetProperty("type").GetString());
        Assert.Empty(await PreviewsAsync(account, "zhang_san") is var p ? p.EnumerateArray().ToList() : []);
    }

    private async Task<Guid> ChannelAsync(SandboxAccountOptions account, params string[] previewWxNames)
    {
        var channel = await (await newsroom.Newsroom.AdminAsync()).PostJsonAsync("/api/channels", new
        {
            type = "wechat", name = account.Name,
            settings = new
            {
                appId = account.AppId, appSecret = account.Secret, apiBaseUrl = sandbox.Sandbox.BaseUrl.ToString(),
                accountType = account.AccountType, previewWxNames,
            },
        }, 201);
        return channel.GetProperty("id").GetGuid();
    }

    /// <summary>What the sandbox says reached that phone, through its control API.</summary>
    private async Task<JsonElement> PreviewsAsync(SandboxAccountOptions account, string wxName)
    {
        using var http = new HttpClient { BaseAddress = sandbox.Sandbox.BaseUrl };
        var response = await http.GetAsync($"sandbox/previews?appId={account.AppId}&wxName={wxName}");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private async Task<List<JsonElement>> AuditAsync(Guid pushId)
    {
        var (auditor, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Auditor);
        var page = await auditor.GetJsonAsync("/api/audit?limit=500&order=desc&action=wechat-push.previewed");
        return page.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("subject").GetString() == $"wechat-push:{pushId}").ToList();
    }
}

public sealed class PushPreviewTestsOnSqlite(PushSendSqliteApp app, PushSandboxFixture sandbox)
    : PushPreviewTests(app, sandbox), IClassFixture<PushSendSqliteApp>, IClassFixture<PushSandboxFixture>;

public sealed class PushPreviewTestsOnPostgreSql(PushSendPostgresApp app, PushSandboxFixture sandbox)
    : PushPreviewTests(app, sandbox), IClassFixture<PushSendPostgresApp>, IClassFixture<PushSandboxFixture>;

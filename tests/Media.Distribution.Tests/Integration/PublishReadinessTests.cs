using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Distribution.Tests.Integration;

/// <summary>Channel checks before publishing (docs/wechat.md §16, docs/http-api.md §4.7): a piece the 公众号 would
/// refuse is refused at the publish request with every problem named, and nothing goes out anywhere.</summary>
public abstract class PublishReadinessTests(MediaAppFactory app) : IAsyncLifetime
{
    private readonly Newsroom newsroom = new(app);
    private ChannelRig rig = null!;

    public async Task InitializeAsync() => rig = await ChannelRig.StartAsync();

    public async Task DisposeAsync() => await rig.DisposeAsync();

    [Fact]
    public async Task WithoutCover_WeChatChosen_Is422_NamingTheCover_AndNothingIsPublished()
    {
        var (wechat, appChannel) = await rig.ChannelsAsync(newsroom);
        var (id, leader) = await SignedOffAsync("县里新建三座冷链仓库", withCover: false);

        var refused = await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = new[] { wechat, appChannel } }, 422);

        var messages = refused.GetProperty("errors").GetProperty("channels.wechat").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains(messages, m => m!.Contains("封面", StringComparison.Ordinal));
        var codes = refused.GetProperty("readiness").GetProperty("wechat").EnumerateArray().Select(p => p.GetProperty("code").GetString());
        Assert.Equal(["cover-missing"], codes);
        Assert.False(refused.GetProperty("errors").TryGetProperty("channels.app", out _));
        Assert.Equal("approved", (await leader.GetJsonAsync($"/api/articles/{id}")).GetProperty("status").GetString());
        Assert.Empty((await leader.GetJsonAsync($"/api/articles/{id}/deliveries")).EnumerateArray());
        Assert.Equal(0, rig.Sandbox.State.Calls.Count("draft/add"));
    }

    [Fact]
    public async Task WithoutCover_WeChatNotChosen_IsAccepted()
    {
        var (_, appChannel) = await rig.ChannelsAsync(newsroom);
        var (id, leader) = await SignedOffAsync("县城新增两条公交线路", withCover: false);

        var published = await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = new[] { appChannel } }, 202);

        Assert.Equal("published", published.GetProperty("status").GetString());
    }

    [Fact]
    public async Task WithCover_WeChatChosen_IsAccepted()
    {
        var (wechat, _) = await rig.ChannelsAsync(newsroom);
        var (id, leader) = await SignedOffAsync("县医院新院区启用", withCover: true);

        var published = await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = new[] { wechat } }, 202);

        Assert.Equal("published", published.GetProperty("status").GetString());
        Assert.Contains((await leader.GetJsonAsync($"/api/articles/{id}/deliveries")).EnumerateArray(),
            d => d.GetProperty("channelType").GetString() == "wechat");
    }

    [Fact]
    public async Task TitleOverWeChatsLimit_Is422_WithTheCount()
    {
        var (wechat, _) = await rig.ChannelsAsync(newsroom);
        var title = "县融媒体中心" + new string('长', 30); // 36 字, WeChat takes 32
        var (id, leader) = await SignedOffAsync(title, withCover: true);

        var refused = await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = new[] { wechat } }, 422);

        var message = Assert.Single(refused.GetProperty("errors").GetProperty("channels.wechat").EnumerateArray()).GetString();
        Assert.Contains("标题最多 32 个字", message, StringComparison.Ordinal);
        Assert.Contains("删减 4 个字", message, StringComparison.Ordinal);
        Assert.Equal("approved", (await leader.GetJsonAsync($"/api/articles/{id}")).GetProperty("status").GetString());
        Assert.Empty((await leader.GetJsonAsync($"/api/articles/{id}/deliveries")).EnumerateArray());
    }

    [Fact]
    public async Task PublishPage_ShowsTheCoverProblem_WithItsLink_AndLeavesWeChatUnticked()
    {
        var (wechat, appChannel) = await rig.ChannelsAsync(newsroom);
        var (id, _) = await SignedOffAsync("县里新建冷链仓库（无封面）", withCover: false);
        var (leader, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Leader);

        var html = await leader.PageAsync($"/admin/articles/{id}/publish");

        Assert.Contains("data-code=\"cover-missing\"", html);
        Assert.Contains($"href=\"/admin/review/submit/{id}?fix=cover#reopen\">去设置封面</a>", html);
        Assert.Matches($"<input type=\"checkbox\" name=\"channels\" value=\"{wechat}\" disabled=\"disabled\"", html);
        Assert.Matches($"<input type=\"checkbox\" name=\"channels\" value=\"{appChannel}\" checked=\"checked\"", html);

        // The fix link's page: the signed-off piece is reopened first (its sign-off void), then the photo panel.
        var reopen = await leader.PageAsync($"/admin/review/submit/{id}?fix=cover");
        Assert.Contains("<input type=\"hidden\" name=\"fix\" value=\"cover\" />", reopen);
        Assert.Contains("重新打开并去设置封面", reopen);
        Assert.Contains("签发作废", reopen);
    }

    private async Task<(Guid Id, MediaClient Leader)> SignedOffAsync(string title, bool withCover)
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        Guid? cover = withCover ? await TestImages.UploadCoverAsync(reporter) : null;
        var article = await reporter.PostJsonAsync("/api/articles", new
        {
            columnId = await newsroom.ColumnAsync(), title, author = "记者 王小明", summary = "县里今年新建冷链仓库。",
            body = "## 现场\n\n县里今年新建三座冷链仓库。", coverMediaId = cover,
        }, 201);
        var (signed, leader) = await SignOffPath.SignOffAsync(newsroom, reporter, article);
        return (signed.GetProperty("id").GetGuid(), leader);
    }
}

public sealed class PublishReadinessTestsOnSqlite(FastSqliteApp app) : PublishReadinessTests(app), IClassFixture<FastSqliteApp>;

public sealed class PublishReadinessTestsOnPostgreSql(FastPostgresApp app) : PublishReadinessTests(app), IClassFixture<FastPostgresApp>;
